package dev.conveyor.application.webhooks.service;

import java.time.Duration;
import java.util.Objects;

/**
 * @param firstRetry  the delay before a delivery's second attempt; each further one doubles it (with jitter)
 * @param maxRetry    the longest delay between two attempts
 * @param retryFor    how long after its first attempt a delivery is still retried; when it runs out, the
 *                    delivery fails and the endpoint is disabled
 * @param maxPerRun   deliveries one run sends to one endpoint, in one transaction, before it lets others have the
 *                    worker
 * @param maxRunTime  how long a run goes on starting new requests before it commits what it sent: bounds the
 *                    transaction (and the repeats after a crash) when a receiver answers slowly
 * @param retention   how long a delivered delivery, and its attempts, stays in the delivery log
 */
public record WebhookSettings(Duration firstRetry, Duration maxRetry, Duration retryFor, int maxPerRun,
                              Duration maxRunTime, Duration retention) {

    public WebhookSettings {
        Objects.requireNonNull(firstRetry);
        Objects.requireNonNull(maxRetry);
        Objects.requireNonNull(retryFor);
        Objects.requireNonNull(maxRunTime);
        Objects.requireNonNull(retention);
        if (maxPerRun < 1 || firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0 || retryFor.isNegative()
                || maxRunTime.isNegative() || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("webhook settings out of range: " + firstRetry + ", " + maxRetry
                    + ", " + retryFor + ", " + maxPerRun + ", " + maxRunTime + ", " + retention);
        }
    }
}
