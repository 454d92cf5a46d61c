package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;

/**
 * How often a coupon may be used: in all ({@code total}) and by one customer ({@code perCustomer}); null
 * means no limit. A use is claimed when an order with the coupon is placed and given back when that order
 * is cancelled.
 */
public record UsageLimits(Integer total, Integer perCustomer) {

    public static final UsageLimits NONE = new UsageLimits(null, null);

    public UsageLimits {
        if (total != null) {
            Check.range("usageLimit", total, 1, Integer.MAX_VALUE);
        }
        if (perCustomer != null) {
            Check.range("perCustomerLimit", perCustomer, 1, Integer.MAX_VALUE);
        }
    }

    public boolean isNone() {
        return total == null && perCustomer == null;
    }
}
