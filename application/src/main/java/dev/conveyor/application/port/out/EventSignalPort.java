package dev.conveyor.application.port.out;

import java.util.function.LongConsumer;

/**
 * Tells every instance that the log holds positioned events up to a position.
 * A signal may be lost (a Redis outage): it only hurries readers, who also poll
 * the log, which stays the source of truth.
 */
public interface EventSignalPort {

    /** Best effort; never throws. */
    void announce(long position);

    /** {@code listener} hears every announcement that reaches this instance, its own included. */
    void listen(LongConsumer listener);
}
