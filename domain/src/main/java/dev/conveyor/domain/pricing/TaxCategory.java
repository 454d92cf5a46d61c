package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a product or a shipping charge is taxed as. The four below come with every store; a store may
 * configure more. A category is taxed by the rate configured for it at the destination; one without a
 * rate there (as {@code exempt} is meant to be) is not taxed.
 */
public record TaxCategory(String code) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public static final TaxCategory STANDARD = new TaxCategory("standard");
    public static final TaxCategory REDUCED = new TaxCategory("reduced");
    public static final TaxCategory ZERO = new TaxCategory("zero");
    public static final TaxCategory EXEMPT = new TaxCategory("exempt");

    public TaxCategory {
        code = Check.matches("taxCategory",
                Check.text("taxCategory", code, 40).toLowerCase(Locale.ROOT), CODE,
                "lower-case letters, digits and dashes, starting with a letter");
    }
}
