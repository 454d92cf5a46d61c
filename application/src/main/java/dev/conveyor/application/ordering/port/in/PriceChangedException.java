package dev.conveyor.application.ordering.port.in;

import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.ConflictException;

/**
 * The order would cost something other than the total the customer agreed to (a price, rate or
 * promotion changed since their quote): nothing is placed, and {@link #price()} is what it costs now.
 */
public class PriceChangedException extends ConflictException {

    public static final String CODE = "PRICE_CHANGED";

    private final transient PriceBreakdown price;

    public PriceChangedException(long expected, PriceBreakdown price) {
        super(CODE, "the order would now cost " + price.totals().gross() + " " + price.currency()
                + " (minor units), not the expected " + expected + "; confirm the new total and place it again");
        this.price = price;
    }

    public PriceBreakdown price() {
        return price;
    }
}
