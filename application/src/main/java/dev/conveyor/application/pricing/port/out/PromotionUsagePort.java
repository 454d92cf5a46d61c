package dev.conveyor.application.pricing.port.out;

import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.user.UserId;

/**
 * Uses of coupons, decided by the store: a claim either takes one of the coupon's uses for an order or
 * refuses, so that concurrent orders can never use a coupon more often than its limits allow. Called
 * inside the transaction that places the order, it commits or rolls back with it.
 */
public interface PromotionUsagePort {

    /**
     * Takes one use of the promotion for the order; claiming again for the same order changes nothing.
     *
     * @throws dev.conveyor.domain.pricing.CouponUnavailableException when the total or the customer's uses
     *         are spent
     */
    void claim(PromotionId promotion, UserId customer, OrderId order);

    /** Gives back every use the order claimed (it was cancelled); nothing when it claimed none. */
    void release(OrderId order);

    /** The uses the customer has claimed of the promotion. */
    int usesBy(PromotionId promotion, UserId customer);
}
