package dev.conveyor.domain.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule: tax is computed per line (and for shipping) on the discounted amount and
 * rounded to the minor unit half up (a tax of exactly half a cent becomes a whole cent). A gross amount
 * holds {@code gross × p / (100 + p)} of tax; a net amount gets {@code net × p / 100} added.
 */
record Tax(long net, long tax) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static Tax of(long amount, BigDecimal percent, boolean amountIncludesTax) {
        BigDecimal value = BigDecimal.valueOf(amount);
        if (amountIncludesTax) {
            long tax = value.multiply(percent).divide(HUNDRED.add(percent), 0, RoundingMode.HALF_UP).longValueExact();
            return new Tax(amount - tax, tax);
        }
        long tax = value.multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
        return new Tax(amount, tax);
    }

    long gross() {
        return Math.addExact(net, tax);
    }

}
