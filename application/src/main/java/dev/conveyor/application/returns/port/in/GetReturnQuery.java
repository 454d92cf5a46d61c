package dev.conveyor.application.returns.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;

public interface GetReturnQuery {

    /**
     * The order's customer, the back office, and sellers whose lines it holds see it; anyone else gets
     * RETURN_NOT_FOUND.
     */
    Return get(Actor actor, ReturnId id);
}
