package dev.conveyor.application.accounts.port.out;

import dev.conveyor.domain.user.UserId;
import java.util.OptionalLong;

/**
 * The per-user revocation marker: a number every access token carries and that
 * moves on whenever the user's sessions must end (logout, role change,
 * deletion). A token carrying another number than the current one authenticates
 * nobody.
 */
public interface SessionMarkerPort {

    /** The current number; empty when the account does not exist or is deleted. */
    OptionalLong current(UserId user);

    /** Moves the number on, inside the caller's transaction. */
    void advance(UserId user);
}
