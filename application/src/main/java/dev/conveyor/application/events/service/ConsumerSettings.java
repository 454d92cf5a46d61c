package dev.conveyor.application.events.service;

import java.time.Duration;
import java.util.Objects;

/**
 * @param maxAttempts  failed attempts at one event after which it goes to the dead letters
 * @param firstRetry   the delay before the second attempt; each further one doubles it
 * @param maxRetry     the longest delay between two attempts
 * @param batchSize    events handled in one transaction
 * @param maxBatches   batches one consumer runs in one pass before the next consumer's turn
 */
public record ConsumerSettings(int maxAttempts, Duration firstRetry, Duration maxRetry, int batchSize,
                               int maxBatches) {

    public ConsumerSettings {
        Objects.requireNonNull(firstRetry);
        Objects.requireNonNull(maxRetry);
        if (maxAttempts < 1 || batchSize < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("attempts, batch size and batches must be at least 1");
        }
        if (firstRetry.isNegative() || maxRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("retry delays must satisfy 0 <= first <= max, not "
                    + firstRetry + " and " + maxRetry);
        }
    }
}
