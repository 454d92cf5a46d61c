package dev.conveyor.application.ordering.port.out;

import dev.conveyor.domain.order.OrderEdit;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

/** The history of orders' edits: written once, in the edit's transaction, never changed. */
public interface OrderEditRepositoryPort {

    void insert(OrderEdit edit);

    /** The order's edits, oldest first. */
    List<OrderEdit> findByOrder(OrderId orderId);
}
