package dev.conveyor.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaxRateTableTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void aRegionsRateWinsOverTheCountrysAndOnlyRatesInForceCount() {
        TaxRate country = rate("US", null, "5", DAY.minusYears(1), null);
        TaxRate region = rate("US", "NY", "8.875", DAY.minusYears(1), null);
        TaxRate expired = rate("US", "NY", "8", DAY.minusYears(2), DAY);
        TaxRateTable table = new TaxRateTable(List.of(country, region, expired));

        assertEquals(Optional.of(region), table.inForce(new Destination("US", "NY"), TaxCategory.STANDARD, DAY));
        assertEquals(Optional.of(country), table.inForce(new Destination("US", "TX"), TaxCategory.STANDARD, DAY));
        assertEquals(Optional.of(expired), table.inForce(new Destination("US", "NY"), TaxCategory.STANDARD,
                DAY.minusYears(1).minusDays(1)));
        assertEquals(Optional.empty(), table.inForce(new Destination("US", "NY"), TaxCategory.REDUCED, DAY));
    }

    /** A new rate entered without closing the old one takes over on its first day. */
    @Test
    void theRateThatStartedLastWinsAmongEquals() {
        TaxRate old = rate("DE", null, "16", DAY.minusYears(1), null);
        TaxRate current = rate("DE", null, "19", DAY, null);
        TaxRateTable table = new TaxRateTable(List.of(current, old));

        assertEquals(Optional.of(old), table.inForce(new Destination("DE", null), TaxCategory.STANDARD, DAY.minusDays(1)));
        assertEquals(Optional.of(current), table.inForce(new Destination("DE", null), TaxCategory.STANDARD, DAY));
    }

    private static TaxRate rate(String country, String region, String percent, LocalDate from, LocalDate until) {
        return new TaxRate(TaxRateId.newId(), "rate", country, region, TaxCategory.STANDARD, new BigDecimal(percent),
                from, until);
    }
}
