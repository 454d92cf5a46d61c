package dev.conveyor.application.archive.service.archfixture;

import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.service.EventRecorder;

/** What a feature may use of the others: their in-ports, the shared out-ports and the shared helpers. */
public class ArchivePlacingOrders {

    private final PlaceOrderUseCase placeOrder;
    private final OrderRepositoryPort orders;
    private final EventRecorder events;

    public ArchivePlacingOrders(PlaceOrderUseCase placeOrder, OrderRepositoryPort orders, EventRecorder events) {
        this.placeOrder = placeOrder;
        this.orders = orders;
        this.events = events;
    }

    public Object[] parts() {
        return new Object[] {placeOrder, orders, events};
    }
}
