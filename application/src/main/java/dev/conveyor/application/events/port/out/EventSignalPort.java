package dev.conveyor.application.events.port.out;

/**
 * Tells every instance that the log holds positioned events up to a position,
 * or that an administrator replays a range. A signal may be lost (a Redis
 * outage): announcements only hurry readers, who also poll the log, which
 * stays the source of truth; a lost replay can simply be asked for again.
 */
public interface EventSignalPort {

    /** Best effort; never throws. */
    void announce(long position);

    /** Best effort; never throws. */
    void announceReplay(long from, long to);

    /** {@code listener} hears every signal that reaches this instance, its own included. */
    void listen(Listener listener);

    interface Listener {
        void eventsUpTo(long position);

        void replay(long from, long to);
    }
}
