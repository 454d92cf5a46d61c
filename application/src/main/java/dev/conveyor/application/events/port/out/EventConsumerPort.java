package dev.conveyor.application.events.port.out;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;

/**
 * A durable consumer of the event log: what it does with each event (fan an event out to webhook
 * endpoints, publish it on the event bus, ...). The consumer follows the log from a position of its own,
 * kept in the database. {@link #handle} runs inside the transaction that moves that position past the
 * event, so whatever it writes to the database commits exactly once, together with the move; an effect
 * outside the database can happen again (after a crash or a retry) and must be idempotent, keyed by the
 * event's id.
 */
public interface EventConsumerPort {

    /** The consumer's stable name, the key of its position: lowercase letters, digits and dashes. */
    String name();

    /**
     * Throws to have the event retried later; after the configured number of attempts it is dead-lettered,
     * unless what was thrown is a {@link TargetUnavailableException}.
     */
    void handle(LoggedEvent event);

    /**
     * The consumer's target (a broker, a server) cannot be reached: not the event's fault. The event is retried
     * with the same backoff, but an outage, however long, never sends it (nor the events behind it) to the dead
     * letters, where it would be missing from a stream that promises every event.
     */
    final class TargetUnavailableException extends RuntimeException {
        public TargetUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
