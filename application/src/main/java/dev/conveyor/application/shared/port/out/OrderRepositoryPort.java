package dev.conveyor.application.shared.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface OrderRepositoryPort {

    void insert(Order order);

    /**
     * Writes status and line quantities if the stored version is still the order's.
     *
     * @throws dev.conveyor.domain.shared.ConcurrentModificationException otherwise
     */
    void update(Order order);

    /**
     * Writes an edited order whole, with the version check of {@link #update}: its lines (some may be new, some
     * gone, quantities and prices changed), its price and its shipping address.
     *
     * @throws dev.conveyor.domain.shared.ConcurrentModificationException when the stored version moved on
     */
    void updateEdited(Order order);

    Optional<Order> findById(OrderId id);

    /**
     * Reads the order and holds its row until the transaction ends, so that concurrent changes of its lines
     * (deliveries on several instances) queue instead of failing on the version check.
     */
    Optional<Order> lockById(OrderId id);

    /** A customer's orders, newest first, restricted to the given statuses (all when empty). */
    Page<Order> findByCustomer(UserId customerId, Set<OrderStatus> statuses, PageRequest page);

    /**
     * Pending orders whose cancellation window closed at or before {@code now}, oldest deadline first,
     * claimed for the current transaction: orders another transaction claimed are left out, and come back
     * once it ends, committed or not (its connection gone included).
     */
    List<Order> findDueForConfirmation(Instant now, int limit);
}
