package dev.conveyor.application.cart.port.out;

import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;

/**
 * The record of carts started and checked out, which the dashboard's conversion is counted from. Written in
 * the transaction of the cart change or the placement, so it never counts a start or a checkout that did not
 * commit.
 */
public interface CartStartsPort {

    /** A first line went into the owner's empty cart. */
    void started(UserId owner, Instant at);

    /**
     * An order was placed from the owner's cart: marks their latest start not yet checked out (none when the
     * cart was started before starts were recorded).
     */
    void checkedOut(UserId owner, OrderId orderId, Instant at);
}
