package dev.conveyor.application.mail.service;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/** Amounts, times and tracking links as mails show them. */
final class MailFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** Carriers whose tracking page takes the number in its address. */
    private static final Map<String, String> TRACKING = Map.of(
            "ups", "https://www.ups.com/track?tracknum={number}",
            "dhl", "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?tracking-id={number}",
            "fedex", "https://www.fedex.com/fedextrack/?trknbr={number}",
            "usps", "https://tools.usps.com/go/TrackConfirmAction?tLabels={number}",
            "dpd", "https://tracking.dpd.de/status/en_US/parcel/{number}",
            "gls", "https://gls-group.com/track/{number}",
            "royal mail", "https://www.royalmail.com/track-your-item#/tracking-results/{number}");

    private final String fallbackTracking;

    MailFormats(String fallbackTracking) {
        this.fallbackTracking = fallbackTracking;
    }

    static String amount(long amountMinor, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        return BigDecimal.valueOf(amountMinor, digits).toPlainString() + " " + currency;
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** @return null when there is no number, or the carrier is unknown and no fallback is configured */
    String trackingLink(String carrier, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String known = carrier == null ? null : TRACKING.get(carrier.trim().toLowerCase(Locale.ROOT));
        String pattern = known != null ? known : fallbackTracking;
        if (pattern == null || pattern.isBlank()) {
            return null;
        }
        return pattern.replace("{carrier}", encode(carrier == null ? "" : carrier)).replace("{number}", encode(number));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value.trim(), StandardCharsets.UTF_8);
    }
}
