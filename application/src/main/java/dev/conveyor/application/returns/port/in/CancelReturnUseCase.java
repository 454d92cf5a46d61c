package dev.conveyor.application.returns.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;

public interface CancelReturnUseCase {

    /** The customer or the back office withdraws a return not yet received; its units may be returned again. */
    Return cancel(Actor actor, ReturnId id);
}
