package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

final class ChangeUserRoleService implements ChangeUserRoleUseCase {

    private final UserRepositoryPort users;
    private final SessionEnds sessionEnds;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    ChangeUserRoleService(UserRepositoryPort users, SessionEnds sessionEnds, EventRecorder events,
                          TransactionPort transactions, Clock clock) {
        this.users = users;
        this.sessionEnds = sessionEnds;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User changeRole(Actor actor, UserId userId, Role role) {
        actor.requireRole(Role.ADMIN);
        Check.notNull("role", role);
        if (actor.isUser(userId)) {
            throw new ConflictException("OWN_ROLE", "administrators cannot change their own role");
        }
        List<DomainEvent> recorded = new ArrayList<>();
        User changed = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            recorded.clear();
            User user = users.findById(userId).filter(User::isActive)
                    .orElseThrow(() -> new NotFoundException("USER_NOT_FOUND", "user " + userId + " does not exist"));
            user.changeRole(role, clock.instant());
            users.update(user);
            recorded.addAll(user.pullEvents());
            events.append(actor, recorded);
            // tokens name the role they were issued with: none of them may outlive the change
            sessionEnds.end(userId);
            return user;
        }));
        sessionEnds.announce(userId);
        events.committed(recorded);
        return changed;
    }
}
