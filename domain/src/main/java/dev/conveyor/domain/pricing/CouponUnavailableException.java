package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.ConflictException;

/**
 * A coupon that exists and applies, but whose uses are spent: all of them ({@code COUPON_EXHAUSTED}) or
 * the customer's ({@code COUPON_LIMIT_PER_CUSTOMER}). A conflict, not bad input: the same request may
 * succeed after an order holding the coupon is cancelled.
 */
public class CouponUnavailableException extends ConflictException {

    public static final String EXHAUSTED = "COUPON_EXHAUSTED";
    public static final String LIMIT_PER_CUSTOMER = "COUPON_LIMIT_PER_CUSTOMER";

    private CouponUnavailableException(String code, String message) {
        super(code, message);
    }

    public static CouponUnavailableException exhausted(String couponCode) {
        return new CouponUnavailableException(EXHAUSTED, "coupon " + couponCode + " has been used up");
    }

    public static CouponUnavailableException perCustomer(String couponCode, int limit) {
        return new CouponUnavailableException(LIMIT_PER_CUSTOMER, "coupon " + couponCode + " can be used "
                + (limit == 1 ? "once" : limit + " times") + " per customer, and you have used it up");
    }

    /** The request member this is about. */
    public String field() {
        return "couponCode";
    }
}
