package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.GenerateInvoiceUseCase;
import dev.conveyor.application.fulfilment.port.in.GetDeliveryQuery;
import dev.conveyor.application.fulfilment.port.in.GetInvoiceQuery;
import dev.conveyor.application.fulfilment.port.in.GetOrderProgressQuery;
import dev.conveyor.application.fulfilment.port.in.GetOrderRemainingQuery;
import dev.conveyor.application.fulfilment.port.in.ListDeliveriesQuery;
import dev.conveyor.application.fulfilment.port.in.ListInvoicesQuery;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase;
import dev.conveyor.application.fulfilment.port.in.VoidInvoiceUseCase;
import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.fulfilment.port.out.DocumentNumberPort;
import dev.conveyor.application.fulfilment.service.FulfilmentServices;
import dev.conveyor.application.payments.port.in.GetCreditNoteQuery;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery;
import dev.conveyor.application.payments.port.in.HandlePaymentWebhookUseCase;
import dev.conveyor.application.payments.port.in.ListCreditNotesQuery;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase;
import dev.conveyor.application.payments.port.in.StartCardPaymentUseCase;
import dev.conveyor.application.payments.port.out.PaymentAttemptPort;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort;
import dev.conveyor.application.payments.service.PaymentServices;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Deliveries, invoices and payments: their use cases as beans, over the
 * selected adapters (every configured payment gateway).
 */
@Factory
public class FulfilmentFactory {

    @Singleton
    FulfilmentServices fulfilmentServices(SharedServices shared, DeliveryRepositoryPort deliveries,
                                          DocumentNumberPort numbers) {
        return new FulfilmentServices(shared, deliveries, numbers);
    }

    @Singleton
    PaymentServices paymentServices(SharedServices shared, PaymentAttemptPort attempts,
                                    List<PaymentGatewayPort> gateways) {
        return new PaymentServices(shared, attempts, gateways);
    }

    @Singleton
    RefundOrderUseCase refundOrder(PaymentServices payments) {
        return payments.refundOrder();
    }

    @Singleton
    GetCreditNoteQuery creditNote(PaymentServices payments) {
        return payments.creditNote();
    }

    @Singleton
    ListCreditNotesQuery creditNotes(PaymentServices payments) {
        return payments.creditNotes();
    }

    @Singleton
    CreateDeliveryUseCase createDelivery(FulfilmentServices fulfilment) {
        return fulfilment.createDelivery();
    }

    @Singleton
    ChangeDeliveryStatusUseCase changeDeliveryStatus(FulfilmentServices fulfilment) {
        return fulfilment.changeDeliveryStatus();
    }

    @Singleton
    GetDeliveryQuery getDelivery(FulfilmentServices fulfilment) {
        return fulfilment.getDelivery();
    }

    @Singleton
    ListDeliveriesQuery listDeliveries(FulfilmentServices fulfilment) {
        return fulfilment.listDeliveries();
    }

    @Singleton
    GetOrderRemainingQuery orderRemaining(FulfilmentServices fulfilment) {
        return fulfilment.orderRemaining();
    }

    @Singleton
    GetOrderProgressQuery orderProgress(FulfilmentServices fulfilment) {
        return fulfilment.orderProgress();
    }

    @Singleton
    StatusShortcutUseCase statusShortcut(FulfilmentServices fulfilment) {
        return fulfilment.statusShortcut();
    }

    @Singleton
    GenerateInvoiceUseCase generateInvoice(FulfilmentServices fulfilment) {
        return fulfilment.generateInvoice();
    }

    @Singleton
    GetInvoiceQuery getInvoice(FulfilmentServices fulfilment) {
        return fulfilment.getInvoice();
    }

    @Singleton
    ListInvoicesQuery listInvoices(FulfilmentServices fulfilment) {
        return fulfilment.listInvoices();
    }

    @Singleton
    VoidInvoiceUseCase voidInvoice(FulfilmentServices fulfilment) {
        return fulfilment.voidInvoice();
    }

    @Singleton
    RecordPaymentUseCase recordPayment(PaymentServices payments) {
        return payments.recordPayment();
    }

    @Singleton
    RefundPaymentUseCase refundPayment(PaymentServices payments) {
        return payments.refundPayment();
    }

    @Singleton
    GetPaymentLedgerQuery paymentLedger(PaymentServices payments) {
        return payments.paymentLedger();
    }

    @Singleton
    StartCardPaymentUseCase startCardPayment(PaymentServices payments) {
        return payments.startCardPayment();
    }

    @Singleton
    HandlePaymentWebhookUseCase paymentWebhook(PaymentServices payments) {
        return payments.paymentWebhook();
    }
}
