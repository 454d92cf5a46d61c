package dev.conveyor.domain.shared;

import java.util.regex.Pattern;

/** A postal address: shipping address of an order, address of a profile. */
public record Address(String name, String line1, String line2, String city, String region,
                      String postalCode, String country) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    /** Validates with field names under {@code prefix}, e.g. {@code shippingAddress.city}. */
    public static Address of(String prefix, String name, String line1, String line2, String city,
                             String region, String postalCode, String country) {
        return new Address(
                Check.text(prefix + ".name", name, 200),
                Check.text(prefix + ".line1", line1, 200),
                Check.optionalText(prefix + ".line2", line2, 200),
                Check.text(prefix + ".city", city, 100),
                Check.optionalText(prefix + ".region", region, 100),
                Check.text(prefix + ".postalCode", postalCode, 20),
                Check.matches(prefix + ".country",
                        Check.text(prefix + ".country", country, 2).toUpperCase(java.util.Locale.ROOT),
                        COUNTRY, "a two-letter ISO 3166 country code"));
    }
}
