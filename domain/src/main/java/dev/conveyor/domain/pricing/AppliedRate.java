package dev.conveyor.domain.pricing;

import java.math.BigDecimal;

/** The rate an amount was taxed at, copied as it was then; {@link #NONE} for an amount no rate applied to. */
public record AppliedRate(TaxRateId id, String name, BigDecimal percent) {

    public static final AppliedRate NONE = new AppliedRate(null, "untaxed", BigDecimal.ZERO);

    /** The percent without trailing zeros (19, not 19.0000), so a rate read back equals the rate applied. */
    public AppliedRate {
        BigDecimal stripped = percent.stripTrailingZeros();
        percent = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static AppliedRate of(TaxRate rate) {
        return new AppliedRate(rate.id(), rate.name(), rate.percent());
    }
}
