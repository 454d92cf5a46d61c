package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.ShippingRule;
import dev.conveyor.domain.pricing.TaxCategory;
import java.util.Set;

/** What an administrator says a shipping method is, checked here as the method it becomes. */
public record ShippingMethodCommand(String name, String carrier, String currency, Set<String> countries,
                                    ShippingRule rule, Long freeAboveMinor, TaxCategory taxCategory,
                                    boolean active) {

    public ShippingMethodCommand {
        ShippingMethod checked = new ShippingMethod(ShippingMethodId.newId(), name, carrier, currency, countries,
                rule, freeAboveMinor, taxCategory, active);
        name = checked.name();
        carrier = checked.carrier();
        currency = checked.currency();
        countries = checked.countries();
    }

    public ShippingMethod toMethod(ShippingMethodId id) {
        return new ShippingMethod(id, name, carrier, currency, countries, rule, freeAboveMinor, taxCategory, active);
    }
}
