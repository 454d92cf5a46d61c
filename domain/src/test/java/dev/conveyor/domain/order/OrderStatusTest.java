package dev.conveyor.domain.order;

import static dev.conveyor.domain.order.OrderStatus.CANCELLED;
import static dev.conveyor.domain.order.OrderStatus.COMPLETED;
import static dev.conveyor.domain.order.OrderStatus.CONFIRMED;
import static dev.conveyor.domain.order.OrderStatus.PENDING;
import static dev.conveyor.domain.order.OrderStatus.PROCESSING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OrderStatusTest {

    /** The life cycle of DESIGN.md §2, written out independently of the enum. */
    private static final Map<OrderStatus, Set<OrderStatus>> LIFE_CYCLE = Map.of(
            PENDING, EnumSet.of(CONFIRMED, CANCELLED),
            CONFIRMED, EnumSet.of(PROCESSING, COMPLETED, CANCELLED),
            PROCESSING, EnumSet.of(COMPLETED, CANCELLED),
            COMPLETED, EnumSet.noneOf(OrderStatus.class),
            CANCELLED, EnumSet.noneOf(OrderStatus.class));

    static Stream<Arguments> everyPair() {
        return Stream.of(OrderStatus.values()).flatMap(from -> Stream.of(OrderStatus.values())
                .map(to -> Arguments.of(from, to, LIFE_CYCLE.get(from).contains(to))));
    }

    @Test
    void theExpectedLifeCycleCoversEveryStatus() {
        assertEquals(EnumSet.allOf(OrderStatus.class), LIFE_CYCLE.keySet());
    }

    @ParameterizedTest(name = "{0} -> {1}: allowed={2}")
    @MethodSource("everyPair")
    void aTransitionIsAllowedExactlyWhenTheLifeCycleHasIt(OrderStatus from, OrderStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void successorsAreTheAllowedTargets(OrderStatus status) {
        assertEquals(LIFE_CYCLE.get(status), status.successors());
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void successorsCannotBeChangedByACaller(OrderStatus status) {
        status.successors().clear();

        assertEquals(LIFE_CYCLE.get(status), status.successors());
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void onlyCompletedAndCancelledAreFinal(OrderStatus status) {
        assertEquals(status == COMPLETED || status == CANCELLED, status.isFinal());
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void exactlyTheNonFinalStatusesAreOpen(OrderStatus status) {
        assertEquals(!status.isFinal(), status.isOpen());
    }
}
