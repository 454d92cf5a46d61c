package dev.conveyor.application.returns.service;

import dev.conveyor.application.returns.port.in.RejectReturnUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.user.Role;
import java.time.Clock;

final class RejectReturnService implements RejectReturnUseCase {

    private final ReturnTransitions transitions;
    private final Clock clock;

    RejectReturnService(ReturnTransitions transitions, Clock clock) {
        this.transitions = transitions;
        this.clock = clock;
    }

    @Override
    public Return reject(Actor actor, ReturnId id, String reason) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        return transitions.apply(actor, id, rma -> {
            rma.reject(reason, clock.instant());
            transitions.releaseUnits(rma);
        });
    }
}
