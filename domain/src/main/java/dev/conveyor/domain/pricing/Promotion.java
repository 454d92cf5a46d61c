package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A promotion: automatic (no code) or a coupon (a code the customer enters). It applies from
 * {@code validFrom} (inclusive) until {@code validUntil} (exclusive), each optional, to orders whose
 * subtotal before discounts reaches {@code minimumSubtotalMinor}.
 */
public record Promotion(PromotionId id, String name, String code, Discount discount, PromotionTarget target,
                        long minimumSubtotalMinor, Instant validFrom, Instant validUntil) {

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
    }

    /** Coupon codes are case-insensitive: stored and compared upper-case. */
    public static String normalisedCode(String code) {
        String text = Check.optionalText("code", code, 40);
        return text == null ? null
                : Check.matches("code", text.toUpperCase(Locale.ROOT), CODE,
                        "3 to 40 letters, digits, dashes or underscores");
    }

    public boolean isCoupon() {
        return code != null;
    }

    public boolean validAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || at.isBefore(validUntil));
    }
}
