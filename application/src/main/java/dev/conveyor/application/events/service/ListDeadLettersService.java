package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ListDeadLettersQuery;
import dev.conveyor.application.events.port.out.ConsumerStorePort.DeadLetter;
import dev.conveyor.application.events.port.out.ConsumerStorePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.user.Role;

final class ListDeadLettersService implements ListDeadLettersQuery {

    private final ConsumerStatuses statuses;
    private final ConsumerStorePort store;

    ListDeadLettersService(ConsumerStatuses statuses, ConsumerStorePort store) {
        this.statuses = statuses;
        this.store = store;
    }

    @Override
    public Page<DeadLetter> list(Actor actor, String consumer, PageRequest page) {
        actor.requireRole(Role.ADMIN);
        return store.deadLetters(statuses.known(consumer), page);
    }
}
