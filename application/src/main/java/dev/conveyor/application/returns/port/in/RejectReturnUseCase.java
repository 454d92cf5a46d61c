package dev.conveyor.application.returns.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;

public interface RejectReturnUseCase {

    /** The back office turns a requested return down, saying why; its units may be returned again. */
    Return reject(Actor actor, ReturnId id, String reason);
}
