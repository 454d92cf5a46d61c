package dev.conveyor.application.webhooks.service;

import java.time.Duration;
import java.util.Objects;

/**
 * @param firstRetry  the delay before a delivery's second attempt; each further one doubles it (with jitter)
 * @param maxRetry    the longest delay between two attempts
 * @param retryFor    how long after its first attempt a delivery is still retried; when it runs out, the
 *                    delivery fails and the endpoint is disabled
 * @param maxPerRun   deliveries one run sends to one endpoint before it lets others have the worker
 */
public record WebhookSettings(Duration firstRetry, Duration maxRetry, Duration retryFor, int maxPerRun) {

    public WebhookSettings {
        Objects.requireNonNull(firstRetry);
        Objects.requireNonNull(maxRetry);
        Objects.requireNonNull(retryFor);
        if (maxPerRun < 1 || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0 || retryFor.isNegative()) {
            throw new IllegalArgumentException("webhook settings out of range: " + firstRetry + ", " + maxRetry
                    + ", " + retryFor + ", " + maxPerRun);
        }
    }
}
