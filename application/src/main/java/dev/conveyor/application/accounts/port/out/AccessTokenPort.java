package dev.conveyor.application.accounts.port.out;

import dev.conveyor.domain.user.User;
import java.time.Instant;

/** Issues the short-lived bearer tokens the web layer verifies on every request. */
public interface AccessTokenPort {

    /** @param sessionMarker the user's current session marker, which the token carries */
    AccessToken issue(User user, long sessionMarker, Instant now);

    record AccessToken(String value, Instant expiresAt) {
    }
}
