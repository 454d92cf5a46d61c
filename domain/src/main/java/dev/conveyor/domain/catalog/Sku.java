package dev.conveyor.domain.catalog;

import dev.conveyor.domain.shared.Check;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stock keeping unit: unique per product, compared upper-case. */
public record Sku(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,63}");

    public Sku {
        value = Check.text("sku", value, 64).toUpperCase(Locale.ROOT);
        Check.matches("sku", value, SHAPE, "letters, digits, '.', '_' or '-' (at most 64)");
    }

    @Override
    public String toString() {
        return value;
    }
}
