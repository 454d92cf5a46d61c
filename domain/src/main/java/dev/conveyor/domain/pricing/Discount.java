package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.math.BigDecimal;

/** What a promotion takes off. */
public sealed interface Discount {

    /** A percentage (at most two decimals) of the eligible amount. */
    record Percentage(BigDecimal percent) implements Discount {

        public Percentage {
            Check.notNull("percent", percent);
            if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                    || percent.stripTrailingZeros().scale() > 2) {
                throw new InvalidInputException("percent",
                        "percent must be above 0 and at most 100, with at most two decimals");
            }
            percent = plain(percent);
        }

        /**
         * Without trailing zeros but never in exponent form (20.00 is 20, not 2E+1), so that a percent reads
         * back from any store equal to the one entered and prints as people write it.
         */
        public static BigDecimal plain(BigDecimal percent) {
            BigDecimal stripped = percent.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    /** A fixed amount, in minor units as prices are entered, at most the eligible amount. */
    record FixedAmount(long amountMinor) implements Discount {

        public FixedAmount {
            Check.range("amount", amountMinor, 1, Long.MAX_VALUE);
        }
    }

    /** The shipping charge. */
    record FreeShipping() implements Discount {
    }
}
