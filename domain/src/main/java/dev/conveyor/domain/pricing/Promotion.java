package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A promotion: automatic (no code) or a coupon (a code the customer enters). While {@code active}, it
 * applies from {@code validFrom} (inclusive) until {@code validUntil} (exclusive), each optional, to orders
 * whose subtotal before discounts reaches {@code minimumSubtotalMinor}. Only a coupon has usage limits: an
 * automatic promotion applies to every order that qualifies, so counting its uses would make every
 * placement wait on one row.
 */
public record Promotion(PromotionId id, String name, String code, Discount discount, PromotionTarget target,
                        long minimumSubtotalMinor, Instant validFrom, Instant validUntil, UsageLimits limits,
                        boolean active) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{2,39}");

    public Promotion {
        Check.notNull("id", id);
        name = Check.text("name", name, 100);
        code = normalisedCode(code);
        Check.notNull("discount", discount);
        Check.notNull("target", target);
        Check.range("minimumSubtotal", minimumSubtotalMinor, 0, Long.MAX_VALUE);
        if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidInputException("validUntil", "validUntil must be after validFrom");
        }
        Check.notNull("limits", limits);
        if (code == null && !limits.isNone()) {
            throw new InvalidInputException(limits.total() != null ? "usageLimit" : "perCustomerLimit",
                    "usage limits are for coupons; an automatic promotion applies to every order that qualifies");
        }
    }

    /** Coupon codes are case-insensitive: stored and compared upper-case. */
    public static String normalisedCode(String code) {
        String text = Check.optionalText("code", code, 40);
        return text == null ? null
                : Check.matches("code", text.toUpperCase(Locale.ROOT), CODE,
                        "3 to 40 letters, digits, dashes or underscores");
    }

    public Promotion deactivated() {
        return new Promotion(id, name, code, discount, target, minimumSubtotalMinor, validFrom, validUntil, limits, false);
    }

    public boolean isCoupon() {
        return code != null;
    }

    /** Active, and inside its validity window. */
    public boolean validAt(Instant at) {
        return active && (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || at.isBefore(validUntil));
    }
}
