package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.out.ConsumerStorePort.ConsumerState;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import java.util.function.UnaryOperator;

/**
 * An administrator's change to a consumer: made under the consumer's lock (after a running batch), so a
 * runner never moves the position from under it.
 */
final class ConsumerChanges {

    private final ConsumerStatuses statuses;
    private final ConsumerStorePort store;
    private final TransactionPort transactions;

    ConsumerChanges(ConsumerStatuses statuses, ConsumerStorePort store, TransactionPort transactions) {
        this.statuses = statuses;
        this.store = store;
        this.transactions = transactions;
    }

    ConsumerStatus change(Actor actor, String name, UnaryOperator<ConsumerState> change) {
        actor.requireRole(Role.ADMIN);
        statuses.known(name);
        return transactions.inTransaction(() -> {
            ConsumerState state = store.lock(name).orElseThrow(() -> new NotFoundException("CONSUMER_NOT_FOUND",
                    "the event consumer " + name + " has not started yet"));
            ConsumerState changed = change.apply(state);
            store.save(changed);
            return statuses.status(changed);
        });
    }
}
