package dev.conveyor.domain.catalog;

import dev.conveyor.domain.shared.Check;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stock keeping unit: unique per product, compared upper-case. */
public record Sku(String value) {

    /** ASCII only, checked before upper-casing: Unicode case mapping would turn "ﬁx" into "FIX". */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Sku {
        value = Check.matches("sku", Check.text("sku", value, 64), SHAPE,
                "ASCII letters, digits, '.', '_' or '-' (at most 64)").toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
