package dev.conveyor.bootstrap.usecases;

import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The confirmed orders the use-case contracts start from: placed, then confirmed by the confirmation use case
 * once the cancellation window has passed on the test clock (the job itself is off in these contexts).
 */
@Singleton
@Requires(property = "test.clock", value = "manual")
class ConfirmedOrders {

    private final TestClock clock;
    private final PlaceOrderUseCase placeOrder;
    private final ConfirmDueOrdersUseCase confirmDueOrders;

    ConfirmedOrders(TestClock clock, PlaceOrderUseCase placeOrder, ConfirmDueOrdersUseCase confirmDueOrders) {
        this.clock = clock;
        this.placeOrder = placeOrder;
        this.confirmDueOrders = confirmDueOrders;
    }

    /** {@code customer}'s order of {@code lines}, confirmed. */
    OrderId place(Actor customer, PlaceOrderCommand.Line... lines) {
        OrderId id = new OrderId(placeOrder.place(customer, Shop.order(List.of(lines)), null).order().id());
        confirmDue();
        return id;
    }

    /** Lets the cancellation window of every pending order pass, and confirms them. */
    void confirmDue() {
        clock.advance(UseCaseContract.WINDOW);
        confirmDueOrders.confirmDueOrders();
    }
}
