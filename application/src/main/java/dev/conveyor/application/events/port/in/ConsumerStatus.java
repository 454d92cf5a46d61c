package dev.conveyor.application.events.port.in;

import java.time.Instant;

/**
 * Where a durable consumer stands.
 *
 * @param position      the last position it handled (or skipped)
 * @param latest        the log's last position
 * @param lagEvents     positions between the two
 * @param lagSeconds    how long the next event it has to handle has been waiting; 0 when it is caught up
 * @param attempts      failed attempts at that next event
 * @param nextAttemptAt when it is tried again, null unless it failed
 * @param lastError     its last error, null unless it failed
 * @param deadLetters   how many events the consumer gave up on so far
 */
public record ConsumerStatus(String name, long position, long latest, long lagEvents, double lagSeconds,
                             boolean paused, int attempts, Instant nextAttemptAt, String lastError,
                             long deadLetters) {
}
