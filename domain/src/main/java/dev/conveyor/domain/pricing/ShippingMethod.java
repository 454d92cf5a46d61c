package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A way to ship: a name, a carrier, the countries it serves, its price rule (amounts in
 * {@code currency}) and the category its charge is taxed as. With {@code freeAboveMinor} set, an order
 * whose discounted subtotal reaches it ships free. An inactive method is no longer offered; it stays
 * stored, since orders name it.
 */
public record ShippingMethod(ShippingMethodId id, String name, String carrier, String currency,
                             Set<String> countries, ShippingRule rule, Long freeAboveMinor, TaxCategory taxCategory,
                             boolean active) {

    public ShippingMethod {
        Check.notNull("id", id);
        name = Check.text("name", name, 100);
        carrier = Check.text("carrier", carrier, 100);
        currency = Money.zero(Check.notNull("currency", currency)).currency();
        countries = countryCodes(countries);
        Check.notNull("rule", rule);
        if (freeAboveMinor != null) {
            Check.range("freeAbove", freeAboveMinor, 0, Long.MAX_VALUE);
        }
        Check.notNull("taxCategory", taxCategory);
    }

    public ShippingMethod deactivated() {
        return new ShippingMethod(id, name, carrier, currency, countries, rule, freeAboveMinor, taxCategory, false);
    }

    public boolean serves(Destination destination) {
        return countries.contains(destination.country());
    }

    private static Set<String> countryCodes(Set<String> countries) {
        Set<String> codes = new TreeSet<>();
        for (String country : Check.notNull("countries", countries)) {
            codes.add(Check.matches("countries",
                    Check.text("countries", country, 2).toUpperCase(Locale.ROOT), Destination.COUNTRY,
                    "two-letter ISO 3166 country codes"));
        }
        if (codes.isEmpty()) {
            throw new InvalidInputException("countries", "countries must name at least one country");
        }
        return Set.copyOf(codes);
    }
}
