package dev.conveyor.application.fulfilment.service;

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
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.application.shared.service.SharedServices;

/** Deliveries and the invoice of each, assembled in plain Java like every feature. */
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
    private final CancellationHooks cancellationHooks;

    public FulfilmentServices(SharedServices shared, DeliveryRepositoryPort deliveries, DocumentNumberPort numbers) {
        var ports = shared.ports();
        var tx = ports.transactions();
        var clock = shared.clock();
        var events = shared.events();
        var orderAccess = shared.orderAccess();
        var deliveryAccess = new DeliveryAccess(deliveries, orderAccess);
        var workflow = new DeliveryWorkflow(deliveries, ports.invoices(), ports.stock(), numbers);

        createDelivery = new CreateDeliveryService(ports.orders(), orderAccess, deliveryAccess, workflow,
                shared.idempotent(), events, clock);
        changeDeliveryStatus = new ChangeDeliveryStatusService(deliveries, ports.orders(), deliveryAccess, workflow,
                events, tx, clock);
        getDelivery = new GetDeliveryService(orderAccess, deliveryAccess);
        listDeliveries = new ListDeliveriesService(deliveries, orderAccess, deliveryAccess);
        fulfilmentQueries = new OrderFulfilmentQueries(orderAccess);
        statusShortcut = new StatusShortcutService(ports.orders(), deliveries, orderAccess, deliveryAccess, workflow,
                events, tx, clock);
        generateInvoice = new GenerateInvoiceService(ports.invoices(), ports.orders(), numbers, deliveryAccess,
                shared.settlement(), shared.idempotent(), events, clock);
        invoiceQueries = new InvoiceQueries(ports.invoices(), shared.invoiceAccess());
        voidInvoice = new VoidInvoiceService(ports.invoices(), ports.orders(), shared.invoiceAccess(), events, tx,
                clock);
        cancellationHooks = new StopDeliveriesOnCancellation(workflow, clock);
    }

    /** Stops the pending deliveries of a cancelled order, for ordering's cancellation. */
    public CancellationHooks cancellationHooks() {
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
}
