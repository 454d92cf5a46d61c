package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Fingerprint;
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

    /** The command's canonical text, to recognise retries. */
    public String fingerprint() {
        Fingerprint fingerprint = new Fingerprint().field(name).field(carrier).field(currency)
                .field(String.join(",", countries.stream().sorted().toList()));
        if (rule instanceof ShippingRule.Flat flat) {
            fingerprint.field("FLAT").field(Long.toString(flat.amountMinor()));
        } else if (rule instanceof ShippingRule.PerItem perItem) {
            fingerprint.field("PER_ITEM").field(Long.toString(perItem.amountMinor()));
        } else {
            fingerprint.field("WEIGHT_BANDS");
            ((ShippingRule.WeightBands) rule).bands().forEach(band ->
                    fingerprint.field(band.upToGrams() + ":" + band.amountMinor()));
        }
        return fingerprint.field(freeAboveMinor == null ? null : freeAboveMinor.toString())
                .field(taxCategory.code()).field(Boolean.toString(active)).toString();
    }

    public ShippingMethod toMethod(ShippingMethodId id) {
        return new ShippingMethod(id, name, carrier, currency, countries, rule, freeAboveMinor, taxCategory, active);
    }
}
