package dev.conveyor.domain.pricing;

import java.math.BigDecimal;

/** The rate an amount was taxed at, copied as it was then; {@link #NONE} for an amount no rate applied to. */
public record AppliedRate(TaxRateId id, String name, BigDecimal percent) {

    public static final AppliedRate NONE = new AppliedRate(null, "untaxed", BigDecimal.ZERO);

    static AppliedRate of(TaxRate rate) {
        return new AppliedRate(rate.id(), rate.name(), rate.percent());
    }
}
