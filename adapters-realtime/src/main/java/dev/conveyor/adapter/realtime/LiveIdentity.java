package dev.conveyor.adapter.realtime;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;

/** Who a live connection serves, until when (its token's expiry), and under which session marker. */
record LiveIdentity(Actor actor, Instant expiresAt, long sessionMarker) {

    Session session() {
        return new Session(actor.userId(), sessionMarker);
    }

    boolean sameUserAndRole(LiveIdentity other) {
        return actor.userId().equals(other.actor.userId()) && actor.role() == other.actor.role();
    }

    /** What a session's validity depends on: one read of the marker serves every connection of it. */
    record Session(UserId user, long marker) {
    }
}
