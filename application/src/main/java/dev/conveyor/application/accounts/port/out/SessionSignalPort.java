package dev.conveyor.application.accounts.port.out;

import dev.conveyor.domain.user.UserId;

/**
 * Tells every instance that a user's sessions ended, so that it forgets what it
 * cached of the user's marker and closes the user's live connections. A signal
 * may be lost (a Redis outage): caches then expire on their own, and live
 * connections are checked again at every heartbeat.
 */
public interface SessionSignalPort {

    /** Best effort; never throws. This instance's own listeners hear it before it returns. */
    void sessionsEnded(UserId user);

    /** {@code listener} hears every signal that reaches this instance, its own included. */
    void listen(Listener listener);

    interface Listener {
        void sessionsEnded(UserId user);
    }
}
