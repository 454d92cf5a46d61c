package dev.conveyor.application.service;

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
import java.time.Clock;

/**
 * Deliveries, invoices and payments, assembled in plain Java like
 * {@link CoreServices}, which hands the cancellation hooks to its order
 * cancellation.
 */
public final class FulfilmentServices {

    private final CreateDeliveryUseCase createDelivery;
    private final ChangeDeliveryStatusUseCase changeDeliveryStatus;
    private final GetDeliveryQuery getDelivery;
    private final ListDeliveriesQuery listDeliveries;
    private final OrderFulfilmentQueries fulfilmentQueries;
    private final StatusShortcutUseCase statusShortcut;
    private final GenerateInvoiceUseCase generateInvoice;
    private final InvoiceQueries invoiceQueries;
    private final VoidInvoiceUseCase voidInvoice;
    private final RecordPaymentUseCase recordPayment;
    private final RefundPaymentUseCase refundPayment;
    private final GetPaymentLedgerQuery paymentLedger;
    private final StartCardPaymentUseCase startCardPayment;
    private final HandlePaymentWebhookUseCase paymentWebhook;
    private final CancellationHooks cancellationHooks;

    public FulfilmentServices(CorePorts core, FulfilmentPorts ports, CoreSettings settings, Clock clock) {
        var tx = core.transactions();
        var events = EventRecorder.of(core);
        var orderAccess = new OrderAccess(core.orders(), clock);
        var deliveryAccess = new DeliveryAccess(ports.deliveries(), orderAccess);
        var invoiceAccess = new InvoiceAccess(ports.invoices(), orderAccess);
        var idempotent = new IdempotentExecutor(core.idempotency(), core.locks(), tx, clock,
                settings.idempotencyRetention());
        var workflow = new DeliveryWorkflow(ports.deliveries(), ports.invoices(), core.stock(), ports.numbers());
        var settlement = new PaymentSettlement(ports.ledger(), ports.invoices());
        var gateways = new PaymentGateways(ports.gateways());
        var refunds = new Refunds(core.orders(), ports.ledger(), gateways, settlement, clock);

        createDelivery = new CreateDeliveryService(core.orders(), orderAccess, deliveryAccess, workflow, idempotent,
                events, clock);
        changeDeliveryStatus = new ChangeDeliveryStatusService(ports.deliveries(), core.orders(), deliveryAccess,
                workflow, events, tx, clock);
        getDelivery = new GetDeliveryService(orderAccess, deliveryAccess);
        listDeliveries = new ListDeliveriesService(ports.deliveries(), orderAccess, deliveryAccess);
        fulfilmentQueries = new OrderFulfilmentQueries(orderAccess);
        statusShortcut = new StatusShortcutService(core.orders(), ports.deliveries(), orderAccess, deliveryAccess,
                workflow, events, tx, clock);
        generateInvoice = new GenerateInvoiceService(ports.invoices(), core.orders(), ports.numbers(),
                deliveryAccess, settlement, idempotent, events, clock);
        invoiceQueries = new InvoiceQueries(ports.invoices(), invoiceAccess);
        voidInvoice = new VoidInvoiceService(ports.invoices(), core.orders(), invoiceAccess, events, tx, clock);
        recordPayment = new RecordPaymentService(core.orders(), ports.invoices(), ports.ledger(), invoiceAccess,
                settlement, idempotent, events, clock);
        refundPayment = new RefundPaymentService(ports.ledger(), invoiceAccess, refunds, idempotent, events);
        paymentLedger = new GetPaymentLedgerService(invoiceAccess, settlement, ports.attempts());
        startCardPayment = new StartCardPaymentService(invoiceAccess, settlement, gateways, ports.attempts(),
                idempotent, clock);
        paymentWebhook = new HandlePaymentWebhookService(gateways, core.orders(), ports.ledger(), ports.attempts(),
                settlement, events, tx, clock);
        cancellationHooks = new CancellationFollowUp(workflow, refunds, events, tx, clock);
    }

    CancellationHooks cancellationHooks() {
        return cancellationHooks;
    }

    public CreateDeliveryUseCase createDelivery() {
        return createDelivery;
    }

    public ChangeDeliveryStatusUseCase changeDeliveryStatus() {
        return changeDeliveryStatus;
    }

    public GetDeliveryQuery getDelivery() {
        return getDelivery;
    }

    public ListDeliveriesQuery listDeliveries() {
        return listDeliveries;
    }

    public GetOrderRemainingQuery orderRemaining() {
        return fulfilmentQueries;
    }

    public GetOrderProgressQuery orderProgress() {
        return fulfilmentQueries;
    }

    public StatusShortcutUseCase statusShortcut() {
        return statusShortcut;
    }

    public GenerateInvoiceUseCase generateInvoice() {
        return generateInvoice;
    }

    public GetInvoiceQuery getInvoice() {
        return invoiceQueries;
    }

    public ListInvoicesQuery listInvoices() {
        return invoiceQueries;
    }

    public VoidInvoiceUseCase voidInvoice() {
        return voidInvoice;
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
