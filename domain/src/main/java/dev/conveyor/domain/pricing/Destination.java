package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where an order goes, as far as taxes and shipping care: a country and, optionally, a region. */
public record Destination(String country, String region) {

    static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public Destination {
        country = Check.matches("country",
                Check.text("country", country, 2).toUpperCase(Locale.ROOT), COUNTRY,
                "a two-letter ISO 3166 country code");
        region = regionCode(region);
    }

    public static Destination of(Address address) {
        return new Destination(address.country(), address.region());
    }

    /** Regions compare without regard to case or surrounding blanks ("ca", " CA" and "CA" are one). */
    static String regionCode(String region) {
        String text = Check.optionalText("region", region, 100);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}
