package dev.conveyor.application.returns.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;

public interface ApproveReturnUseCase {

    /** The back office accepts a requested return: the customer may send the units. */
    Return approve(Actor actor, ReturnId id);
}
