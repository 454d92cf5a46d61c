package dev.conveyor.adapter.rest;

import dev.conveyor.application.accounts.port.in.GetSessionMarkerQuery;
import dev.conveyor.application.accounts.port.out.SessionSignalPort;
import dev.conveyor.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.OptionalLong;

/** Every user's sessions are current: the REST tests issue their tokens with marker 0. */
@Singleton
public final class FakeSessions implements GetSessionMarkerQuery, SessionSignalPort {

    @Override
    public OptionalLong current(UserId user) {
        return OptionalLong.of(0);
    }

    @Override
    public void sessionsEnded(UserId user) {
        // nothing is cached by anyone but the listeners, and no test ends a session here
    }

    @Override
    public void listen(Listener listener) {
        // no session ever ends
    }
}
