package dev.conveyor.application.accounts.port.in;

import dev.conveyor.domain.user.UserId;
import java.util.OptionalLong;

/** What authenticating adapters compare an access token's marker with, read afresh from the store. */
public interface GetSessionMarkerQuery {

    /** The user's current session marker; empty when the account does not exist or is deleted. */
    OptionalLong current(UserId user);
}
