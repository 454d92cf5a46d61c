package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.OrderStatus.CANCELLED;
import static dev.conveyor.domain.order.OrderStatus.COMPLETED;
import static dev.conveyor.domain.order.OrderStatus.CONFIRMED;
import static dev.conveyor.domain.order.OrderStatus.PENDING;
import static dev.conveyor.domain.order.OrderStatus.PROCESSING;
import static dev.conveyor.domain.order.Orders.DEADLINE;
import static dev.conveyor.domain.order.Orders.STAFF;
import static dev.conveyor.domain.order.Orders.line;
import static dev.conveyor.domain.order.Orders.openLine;
import static dev.conveyor.domain.order.Orders.rehydrate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OrderManualTransitionsTest {

    private static final Instant LATER = DEADLINE.plusSeconds(3600);

    static Stream<Arguments> nothingShipped() {
        return Stream.of(
                Arguments.of(PENDING, EnumSet.of(CANCELLED)),
                Arguments.of(CONFIRMED, EnumSet.of(PROCESSING, CANCELLED)),
                Arguments.of(PROCESSING, EnumSet.of(CANCELLED)),
                Arguments.of(COMPLETED, EnumSet.noneOf(OrderStatus.class)),
                Arguments.of(CANCELLED, EnumSet.noneOf(OrderStatus.class)));
    }

    /** One unit of the second line has left the warehouse: cancelling is off the table. */
    static Stream<Arguments> somethingShipped() {
        return Stream.of(
                Arguments.of(PENDING, EnumSet.noneOf(OrderStatus.class)),
                Arguments.of(CONFIRMED, EnumSet.of(PROCESSING)),
                Arguments.of(PROCESSING, EnumSet.noneOf(OrderStatus.class)),
                Arguments.of(COMPLETED, EnumSet.noneOf(OrderStatus.class)),
                Arguments.of(CANCELLED, EnumSet.noneOf(OrderStatus.class)));
    }

    private static Order unshipped(OrderStatus status) {
        return rehydrate(status, openLine(1, 2), openLine(2, 3));
    }

    private static Order partlyShipped(OrderStatus status) {
        return rehydrate(status, openLine(1, 2), line(2, 3, 1, 0, 0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("nothingShipped")
    void staffMayCancelEveryOpenOrderWhileNothingShipped(OrderStatus status, Set<OrderStatus> expected) {
        assertEquals(expected, unshipped(status).allowedManualTransitions());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("somethingShipped")
    void staffMayNotCancelOnceAUnitShipped(OrderStatus status, Set<OrderStatus> expected) {
        assertEquals(expected, partlyShipped(status).allowedManualTransitions());
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void aFullyDeliveredLineAlsoCountsAsShipped(OrderStatus status) {
        Order order = rehydrate(status, line(1, 2, 2, 2, 0));

        assertFalse(order.allowedManualTransitions().contains(CANCELLED));
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void staffCancellationIsRefusedExactlyWhenItIsNotOffered(OrderStatus status) {
        for (Order order : List.of(unshipped(status), partlyShipped(status))) {
            Set<OrderStatus> offered = order.allowedManualTransitions();
            if (offered.contains(CANCELLED)) {
                order.cancelByStaff(STAFF, "customer called", LATER);
                assertEquals(CANCELLED, order.status());
            } else {
                InvalidStatusTransitionException refused = assertThrows(InvalidStatusTransitionException.class,
                        () -> order.cancelByStaff(STAFF, "customer called", LATER));
                assertEquals("INVALID_STATUS_TRANSITION", refused.code());
                assertEquals(status, refused.current());
                assertEquals(CANCELLED, refused.requested());
                assertEquals(List.copyOf(offered), refused.allowed());
                assertEquals(status, order.status());
                assertEquals(List.of(), order.pullEvents());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void processingStartsOnlyFromConfirmed(OrderStatus status) {
        Order order = unshipped(status);
        if (status == CONFIRMED) {
            order.startProcessing(LATER);

            assertEquals(PROCESSING, order.status());
            assertEquals(LATER, order.updatedAt());
            List<DomainEvent> events = order.pullEvents();
            assertEquals(1, events.size());
            assertEquals("order:updated", events.get(0).type());
            assertEquals("CONFIRMED", events.get(0).payload().get("previousStatus"));
            assertEquals("PROCESSING", ((Map<?, ?>) events.get(0).payload().get("order")).get("status"));
        } else {
            InvalidStatusTransitionException refused = assertThrows(InvalidStatusTransitionException.class,
                    () -> order.startProcessing(LATER));
            assertEquals(PROCESSING, refused.requested());
            assertEquals(status, order.status());
            assertEquals(List.of(), order.pullEvents());
        }
    }

    @ParameterizedTest
    @EnumSource(value = OrderStatus.class, names = "PENDING", mode = EnumSource.Mode.EXCLUDE)
    void onlyAPendingOrderCanBeConfirmed(OrderStatus status) {
        Order order = unshipped(status);

        InvalidStatusTransitionException refused = assertThrows(InvalidStatusTransitionException.class,
                () -> order.confirm(LATER));

        assertEquals(CONFIRMED, refused.requested());
        assertEquals(status, order.status());
    }
}
