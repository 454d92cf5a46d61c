package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import java.util.Objects;

/** A tax category as the store lists it: its code and the name administrators gave it. */
public record NamedTaxCategory(TaxCategory category, String name) {

    public NamedTaxCategory {
        Objects.requireNonNull(category, "category");
        name = Check.text("name", name, 100);
    }
}
