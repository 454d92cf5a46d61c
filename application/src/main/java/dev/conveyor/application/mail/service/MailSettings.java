package dev.conveyor.application.mail.service;

import java.time.Duration;
import java.util.Objects;

/**
 * @param baseUrl         where people reach this shop, for the links in mails (no trailing slash)
 * @param trackingUrl     a tracking link for carriers Conveyor does not know, with {carrier} and {number}
 *                        placeholders; null for none
 * @param maxAttempts     attempts at a mail the server did not take before it is given up
 * @param batchSize       mails one run sends at most
 * @param sendingTimeout  how long a claimed mail may stay SENDING before its sender counts as gone (a crash): far
 *                        longer than a send can take, the SMTP timeouts bounding it
 */
public record MailSettings(String baseUrl, String trackingUrl, Duration firstRetry,
                           Duration maxRetry, int maxAttempts, int batchSize, Duration sendingTimeout) {

    public MailSettings {
        Objects.requireNonNull(baseUrl);
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        Objects.requireNonNull(firstRetry);
        Objects.requireNonNull(maxRetry);
        if (sendingTimeout.isNegative() || sendingTimeout.isZero()) {
            throw new IllegalArgumentException("the sending timeout must be positive");
        }
        if (maxAttempts < 1 || batchSize < 1) {
            throw new IllegalArgumentException("max attempts and batch size must be at least 1");
        }
    }
}
