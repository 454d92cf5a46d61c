package dev.conveyor.application.returns.service;

import dev.conveyor.application.returns.port.in.CancelReturnUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.shared.ForbiddenException;
import java.time.Clock;

final class CancelReturnService implements CancelReturnUseCase {

    private final ReturnTransitions transitions;
    private final Clock clock;

    CancelReturnService(ReturnTransitions transitions, Clock clock) {
        this.transitions = transitions;
        this.clock = clock;
    }

    @Override
    public Return cancel(Actor actor, ReturnId id) {
        return transitions.apply(actor, id, rma -> {
            if (!actor.isBackOffice() && !actor.isUser(rma.customerId())) {
                throw new ForbiddenException("only the customer or the back office cancel a return");
            }
            rma.cancel(clock.instant());
            transitions.releaseUnits(rma);
        });
    }
}
