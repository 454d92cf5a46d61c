package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.SignUpCommand;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.accounts.port.out.PasswordHasherPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.user.User;
import java.time.Clock;
import java.util.List;

final class SignUpService implements SignUpUseCase {

    private final UserRepositoryPort users;
    private final PasswordHasherPort hasher;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    SignUpService(UserRepositoryPort users, PasswordHasherPort hasher, EventRecorder events,
                  TransactionPort transactions, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User signUp(Actor actor, SignUpCommand command) {
        User user = User.signUp(command.email(), hasher.hash(command.password().value()), command.profile(),
                clock.instant());
        List<DomainEvent> registered = user.pullEvents();
        transactions.inTransaction(() -> {
            if (!users.insert(user)) {
                throw new ConflictException("EMAIL_TAKEN", "an account with e-mail " + command.email() + " exists");
            }
            events.append(actor, registered);
        });
        events.committed(registered);
        return user;
    }
}
