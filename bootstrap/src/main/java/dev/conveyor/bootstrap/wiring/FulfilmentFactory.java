package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.port.in.GenerateInvoiceUseCase;
import dev.conveyor.application.port.in.GetDeliveryQuery;
import dev.conveyor.application.port.in.GetInvoiceQuery;
import dev.conveyor.application.port.in.GetOrderProgressQuery;
import dev.conveyor.application.port.in.GetOrderRemainingQuery;
import dev.conveyor.application.port.in.GetPaymentLedgerQuery;
import dev.conveyor.application.port.in.HandlePaymentWebhookUseCase;
import dev.conveyor.application.port.in.ListDeliveriesQuery;
import dev.conveyor.application.port.in.ListInvoicesQuery;
import dev.conveyor.application.port.in.RecordPaymentUseCase;
import dev.conveyor.application.port.in.RefundPaymentUseCase;
import dev.conveyor.application.port.in.StartCardPaymentUseCase;
import dev.conveyor.application.port.in.StatusShortcutUseCase;
import dev.conveyor.application.port.in.VoidInvoiceUseCase;
import dev.conveyor.application.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.port.out.DocumentNumberPort;
import dev.conveyor.application.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.port.out.PaymentAttemptPort;
import dev.conveyor.application.port.out.PaymentGatewayPort;
import dev.conveyor.application.port.out.PaymentLedgerPort;
import dev.conveyor.application.service.CorePorts;
import dev.conveyor.application.service.CoreSettings;
import dev.conveyor.application.service.FulfilmentPorts;
import dev.conveyor.application.service.FulfilmentServices;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * Deliveries, invoices and payments: their ports from the selected adapters
 * (every configured payment gateway), their use cases as beans.
 */
@Factory
public class FulfilmentFactory {

    @Singleton
    FulfilmentPorts fulfilmentPorts(DeliveryRepositoryPort deliveries, InvoiceRepositoryPort invoices,
                                    PaymentLedgerPort ledger, PaymentAttemptPort attempts, DocumentNumberPort numbers,
                                    List<PaymentGatewayPort> gateways) {
        return new FulfilmentPorts(deliveries, invoices, ledger, attempts, numbers, gateways);
    }

    @Singleton
    FulfilmentServices fulfilmentServices(CorePorts core, FulfilmentPorts ports, CoreSettings settings, Clock clock) {
        return new FulfilmentServices(core, ports, settings, clock);
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
    RecordPaymentUseCase recordPayment(FulfilmentServices fulfilment) {
        return fulfilment.recordPayment();
    }

    @Singleton
    RefundPaymentUseCase refundPayment(FulfilmentServices fulfilment) {
        return fulfilment.refundPayment();
    }

    @Singleton
    GetPaymentLedgerQuery paymentLedger(FulfilmentServices fulfilment) {
        return fulfilment.paymentLedger();
    }

    @Singleton
    StartCardPaymentUseCase startCardPayment(FulfilmentServices fulfilment) {
        return fulfilment.startCardPayment();
    }

    @Singleton
    HandlePaymentWebhookUseCase paymentWebhook(FulfilmentServices fulfilment) {
        return fulfilment.paymentWebhook();
    }
}
