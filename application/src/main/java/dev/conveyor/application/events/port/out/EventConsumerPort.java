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

    /** Throws to have the event retried later; after the configured number of attempts it is dead-lettered. */
    void handle(LoggedEvent event);
}
