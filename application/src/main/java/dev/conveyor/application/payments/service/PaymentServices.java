package dev.conveyor.application.payments.service;

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
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.application.shared.service.SharedServices;
import java.util.List;

/** The payment ledger, the gateways and refunds, assembled in plain Java like every feature. */
public final class PaymentServices {

    private final RecordPaymentUseCase recordPayment;
    private final RefundPaymentUseCase refundPayment;
    private final GetPaymentLedgerQuery paymentLedger;
    private final StartCardPaymentUseCase startCardPayment;
    private final HandlePaymentWebhookUseCase paymentWebhook;
    private final CancellationHooks cancellationHooks;
    private final RefundOrderUseCase refundOrder;
    private final CreditNoteQueries creditNoteQueries;

    /** @param gateways every payment gateway configured; the manual one always, a card gateway when enabled */
    public PaymentServices(SharedServices shared, PaymentAttemptPort attempts, List<PaymentGatewayPort> gateways) {
        var ports = shared.ports();
        var creditNotes = ports.creditNotes();
        var clock = shared.clock();
        var events = shared.events();
        var invoiceAccess = shared.invoiceAccess();
        var settlement = shared.settlement();
        var byName = new PaymentGateways(List.copyOf(gateways));
        var refunds = new Refunds(ports.orders(), ports.ledger(), byName, settlement, clock);

        recordPayment = new RecordPaymentService(ports.orders(), ports.invoices(), ports.ledger(), invoiceAccess,
                settlement, shared.idempotent(), events, clock);
        refundPayment = new RefundPaymentService(ports.orders(), ports.invoices(), creditNotes, ports.ledger(),
                invoiceAccess, settlement, refunds, shared.idempotent(), events, clock);
        paymentLedger = new GetPaymentLedgerService(invoiceAccess, settlement, attempts);
        startCardPayment = new StartCardPaymentService(invoiceAccess, settlement, byName, attempts,
                shared.idempotent(), clock);
        paymentWebhook = new HandlePaymentWebhookService(byName, ports.orders(), ports.ledger(), attempts, settlement,
                events, ports.transactions(), clock);
        cancellationHooks = new RefundsOnCancellation(refunds, events, ports.transactions());
        refundOrder = new RefundOrderService(ports.orders(), ports.invoices(), creditNotes, ports.ledger(),
                invoiceAccess, settlement, refunds, shared.idempotent(), events, clock);
        creditNoteQueries = new CreditNoteQueries(creditNotes, shared.orderAccess());
    }

    /** Refunds what was paid for a cancelled order, for ordering's cancellation. */
    public CancellationHooks cancellationHooks() {
        return cancellationHooks;
    }

    public RefundOrderUseCase refundOrder() {
        return refundOrder;
    }

    public GetCreditNoteQuery creditNote() {
        return creditNoteQueries;
    }

    public ListCreditNotesQuery creditNotes() {
        return creditNoteQueries;
    }

    public RecordPaymentUseCase recordPayment() {
        return recordPayment;
    }

    public RefundPaymentUseCase refundPayment() {
        return refundPayment;
    }

    public GetPaymentLedgerQuery paymentLedger() {
        return paymentLedger;
    }

    public StartCardPaymentUseCase startCardPayment() {
        return startCardPayment;
    }

    public HandlePaymentWebhookUseCase paymentWebhook() {
        return paymentWebhook;
    }
}
