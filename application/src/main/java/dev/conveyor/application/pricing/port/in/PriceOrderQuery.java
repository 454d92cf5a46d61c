package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.pricing.PriceBreakdown;
import java.util.List;
import java.util.function.Function;

/**
 * Prices lines whose products the caller has read (placement prices what it reserved, in its own
 * transaction): the rates in force at the address, the shipping method, the automatic promotions valid
 * now and the coupon. The coupon among the breakdown's promotions is the one with a code: placement
 * claims it ({@link dev.conveyor.application.pricing.port.out.PromotionUsagePort#claim}) in its
 * transaction.
 */
public interface PriceOrderQuery {

    /**
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code shippingMethodId} for an
     *         unknown or inactive method, one that does not serve the address or cannot carry the parcel;
     *         naming {@code couponCode} for an unknown coupon, or one inactive, out of its window or under its
     *         minimum subtotal
     * @throws dev.conveyor.domain.pricing.CouponUnavailableException when the coupon's uses, or the
     *         customer's, are spent
     */
    PriceBreakdown price(PriceOrderCommand command);

    /**
     * Reads now what pricing on these terms needs from the store (the automatic promotions valid now, the
     * destination's rates, the method, the coupon and its uses), so that placement reads it before it reserves
     * stock and holds product rows through fewer round trips; the pricer then prices the lines it is given with
     * these, as {@link #price} would have at this instant, and refuses what {@link #price} refuses, when pricing.
     */
    Pricer pricerFor(PricingTerms terms);

    /**
     * Prices lines with the rules read for one order's terms; reads nothing more but attributes not given. A value
     * the query answers, not a port of its own.
     */
    record Pricer(Function<List<PriceOrderCommand.Item>, PriceBreakdown> pricing) {

        public PriceBreakdown price(List<PriceOrderCommand.Item> items) {
            return pricing.apply(items);
        }
    }
}
