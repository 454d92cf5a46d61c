package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase;
import dev.conveyor.application.ordering.port.in.GetCachedOrderQuery;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery;
import dev.conveyor.application.ordering.port.in.ListOrderEditsQuery;
import dev.conveyor.application.ordering.port.in.PlaceDeferredOrderUseCase;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.ordering.port.out.OrderEditRepositoryPort;
import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.pricing.port.in.ClaimCouponUseCase;
import dev.conveyor.application.pricing.port.in.PriceOrderEditQuery;
import dev.conveyor.application.pricing.port.in.PriceOrderQuery;
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.application.shared.service.SharedServices;
import java.time.Duration;
import java.util.List;

/** Placing, reading, cancelling and moving orders, assembled in plain Java like every feature. */
public final class OrderingServices {

    private final PlaceOrderService placeOrder;
    private final GetOrderQuery getOrder;
    private final GetCachedOrderQuery getCachedOrder;
    private final ListMyOrdersQuery listMyOrders;
    private final CancelOrderUseCase cancelOrder;
    private final CancelOrderLinesUseCase cancelOrderLines;
    private final ChangeOrderStatusUseCase changeOrderStatus;
    private final ConfirmDueOrdersUseCase confirmDueOrders;
    private final EditOrderUseCase editOrder;
    private final ListOrderEditsQuery listOrderEdits;

    /**
     * @param cancellationWindow how long a customer may cancel a new order
     * @param cancellationHooks  what the other features do when an order is cancelled, in this order
     */
    @SuppressWarnings("java:S107") // the feature's own ports and what it asks of pricing, each once
    public OrderingServices(SharedServices shared, OrderNumberPort orderNumbers, OrderEditRepositoryPort edits,
                            PriceOrderQuery pricing, PriceOrderEditQuery editPricing, ClaimCouponUseCase coupons,
                            Duration cancellationWindow, List<CancellationHooks> cancellationHooks) {
        var ports = shared.ports();
        var tx = ports.transactions();
        var clock = shared.clock();
        var access = shared.orderAccess();
        var events = shared.events();

        placeOrder = new PlaceOrderService(ports.users(), ports.stock(), ports.orders(), orderNumbers, pricing,
                coupons, shared.idempotent(), access, events, clock, cancellationWindow);
        getOrder = new GetOrderService(access, shared.reads());
        getCachedOrder = new GetCachedOrderService(access, shared.reads());
        listMyOrders = new ListMyOrdersService(ports.orders(), access);
        cancelOrder = new CancelOrderService(ports.orders(), ports.stock(), access, List.copyOf(cancellationHooks),
                events, tx, clock);
        cancelOrderLines = new CancelOrderLinesService(ports.orders(), ports.stock(), access, shared.settlement(),
                List.copyOf(cancellationHooks), shared.idempotent(), events, clock);
        changeOrderStatus = new ChangeOrderStatusService(ports.orders(), cancelOrder, access, events, tx, clock);
        confirmDueOrders = new ConfirmDueOrdersService(ports.orders(), events, tx, clock);
        editOrder = new EditOrderService(ports.orders(), edits, ports.products(), ports.stock(), editPricing, access,
                shared.settlement(), ports.creditNotes(), shared.idempotent(), events, clock);
        listOrderEdits = new ListOrderEditsService(edits, access);
    }

    public PlaceOrderUseCase placeOrder() {
        return placeOrder;
    }

    public PlaceDeferredOrderUseCase placeDeferredOrder() {
        return placeOrder;
    }

    public GetOrderQuery getOrder() {
        return getOrder;
    }

    public GetCachedOrderQuery getCachedOrder() {
        return getCachedOrder;
    }

    public ListMyOrdersQuery listMyOrders() {
        return listMyOrders;
    }

    public CancelOrderUseCase cancelOrder() {
        return cancelOrder;
    }

    public CancelOrderLinesUseCase cancelOrderLines() {
        return cancelOrderLines;
    }

    public ChangeOrderStatusUseCase changeOrderStatus() {
        return changeOrderStatus;
    }

    public ConfirmDueOrdersUseCase confirmDueOrders() {
        return confirmDueOrders;
    }

    public EditOrderUseCase editOrder() {
        return editOrder;
    }

    public ListOrderEditsQuery listOrderEdits() {
        return listOrderEdits;
    }
}
