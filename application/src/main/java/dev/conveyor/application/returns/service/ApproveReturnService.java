package dev.conveyor.application.returns.service;

import dev.conveyor.application.returns.port.in.ApproveReturnUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.user.Role;
import java.time.Clock;

final class ApproveReturnService implements ApproveReturnUseCase {

    private final ReturnTransitions transitions;
    private final Clock clock;

    ApproveReturnService(ReturnTransitions transitions, Clock clock) {
        this.transitions = transitions;
        this.clock = clock;
    }

    @Override
    public Return approve(Actor actor, ReturnId id) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        return transitions.apply(actor, id, rma -> rma.approve(clock.instant()));
    }
}
