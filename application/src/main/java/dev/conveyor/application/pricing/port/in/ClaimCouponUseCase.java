package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.user.UserId;

/**
 * Takes the uses of the coupon an order was priced with, inside the transaction that places it: the
 * order and its use commit together or not at all, and a coupon's limits hold under any concurrency.
 */
public interface ClaimCouponUseCase {

    /**
     * @throws dev.conveyor.domain.pricing.CouponUnavailableException when the coupon's uses, or the
     *         customer's, are spent (the placement then rolls back)
     */
    void claim(PriceBreakdown price, UserId customer, OrderId order);
}
