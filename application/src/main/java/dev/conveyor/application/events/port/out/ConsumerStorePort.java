package dev.conveyor.application.events.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where durable consumers stand in the event log, and the events they gave up on. The database decides
 * which runner works on a consumer: the consumer's row is locked by the running transaction, and a lock
 * dies with the transaction (or with the connection of an instance that died), never outliving it.
 */
public interface ConsumerStorePort {

    /** Creates the consumer at {@code position} unless it exists; safe to call from several instances at once. */
    void register(String name, long position);

    /**
     * Inside a transaction: locks the consumer until the transaction ends, or answers empty at once when
     * another transaction holds it (or the consumer does not exist).
     */
    Optional<ConsumerState> tryLock(String name);

    /** Inside a transaction: locks the consumer until the transaction ends, waiting for another holder. */
    Optional<ConsumerState> lock(String name);

    /** Every consumer, by name, without locking. */
    List<ConsumerState> all();

    void save(ConsumerState state);

    void addDeadLetter(DeadLetter letter);

    /** The consumer's dead letters, newest first. */
    Page<DeadLetter> deadLetters(String consumer, PageRequest page);

    /**
     * @param position      the last position handled (or skipped): the consumer goes on after it
     * @param attempts      failed attempts at the event after {@code position}
     * @param nextAttemptAt null unless that event waits for its next attempt
     * @param lastError     null unless that event failed
     * @param deadLetters   how many events the consumer gave up on so far
     */
    record ConsumerState(String name, long position, boolean paused, int attempts, Instant nextAttemptAt,
                         String lastError, Instant lastFailedAt, long deadLetters) {

        public ConsumerState {
            Objects.requireNonNull(name);
        }

        /** Past {@code handled}, with no failure pending. */
        public ConsumerState advancedTo(long handled) {
            return new ConsumerState(name, handled, paused, 0, null, null, null, deadLetters);
        }

        public ConsumerState failed(int failedAttempts, Instant retryAt, String error, Instant at) {
            return new ConsumerState(name, position, paused, failedAttempts, retryAt, error, at, deadLetters);
        }

        public ConsumerState withPaused(boolean pause) {
            return new ConsumerState(name, position, pause, attempts, nextAttemptAt, lastError, lastFailedAt,
                    deadLetters);
        }
    }

    /** An event a consumer gave up on after {@code attempts} failures; the last error is kept. */
    record DeadLetter(UUID id, String consumer, long position, UUID eventId, String eventType, int attempts,
                      String error, Instant failedAt) {
    }
}
