package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

public interface BulkOrderActionUseCase {

    /**
     * PROCESS moves each order to PROCESSING; SHIP ships each order's pending deliveries and one new delivery
     * of everything that remains of it (the order status shortcut).
     */
    enum Action { PROCESS, SHIP }

    /**
     * Applies the action to each order in its own transaction, in the order given: one order's failure
     * (a status that does not allow it, another writer's change) is reported and the others go on. Staff and
     * administrators. With a key, a retry answers the first run's outcomes without running anything again.
     *
     * @param idempotencyKey null when the client sent none
     * @throws dev.conveyor.domain.shared.ConflictException IDEMPOTENCY_KEY_IN_USE while the key's first run is
     *                                                      still going
     */
    BulkOutcome run(Actor actor, BulkOrderCommand command, IdempotencyKey idempotencyKey);

    record BulkOrderCommand(Action action, List<OrderId> orderIds) {

        public BulkOrderCommand {
            Check.notNull("action", action);
            orderIds = List.copyOf(Check.notNull("orderIds", orderIds));
            if (orderIds.isEmpty() || orderIds.size() > AdminOrderSearch.MAX_SELECTED) {
                throw new InvalidInputException("orderIds",
                        "between 1 and " + AdminOrderSearch.MAX_SELECTED + " orders at once");
            }
            Set<OrderId> seen = new HashSet<>();
            for (int i = 0; i < orderIds.size(); i++) {
                if (!seen.add(orderIds.get(i))) {
                    throw new InvalidInputException("orderIds[" + i + "]", "order " + orderIds.get(i).value()
                            + " is listed twice");
                }
            }
        }

        /** What makes two requests the same request, for the idempotency key. */
        public String fingerprint() {
            return action + "|" + orderIds.stream().map(id -> id.value().toString())
                    .collect(Collectors.joining(","));
        }
    }

    /** @param replayed true when an earlier request with the same key ran it */
    record BulkOutcome(List<OrderOutcome> orders, boolean replayed) {

        public BulkOutcome {
            orders = List.copyOf(orders);
        }
    }

    /**
     * What happened to one order.
     *
     * @param code    null when it succeeded, else the error code the single-order request would answer
     *                (INVALID_STATUS_TRANSITION, ORDER_NOT_CONFIRMED, ORDER_NOT_FOUND, ...)
     * @param message null when it succeeded, else why, in words
     */
    record OrderOutcome(OrderId orderId, boolean succeeded, String code, String message) {

        public static OrderOutcome done(OrderId orderId) {
            return new OrderOutcome(orderId, true, null, null);
        }
    }
}
