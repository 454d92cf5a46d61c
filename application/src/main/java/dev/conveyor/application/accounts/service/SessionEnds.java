package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.out.SessionMarkerPort;
import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.domain.user.UserId;

/**
 * Ends every session of a user at once: the marker moves on inside the
 * transaction of the change, and once it committed every instance is told, so
 * that access tokens issued before answer 401 and live connections close.
 */
final class SessionEnds {

    private final SessionMarkerPort markers;
    private final SessionSignalPort signals;

    SessionEnds(SessionMarkerPort markers, SessionSignalPort signals) {
        this.markers = markers;
        this.signals = signals;
    }

    /** Inside the transaction of the change. */
    void end(UserId user) {
        markers.advance(user);
    }

    /** After the commit: before, another instance could read the old marker again. */
    void announce(UserId user) {
        signals.sessionsEnded(user);
    }
}
