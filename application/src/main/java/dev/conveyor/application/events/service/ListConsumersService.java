package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.in.ListConsumersQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.Role;
import java.util.List;

final class ListConsumersService implements ListConsumersQuery {

    private final ConsumerStatuses statuses;

    ListConsumersService(ConsumerStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public List<ConsumerStatus> list(Actor actor) {
        actor.requireRole(Role.ADMIN);
        return statuses.all();
    }
}
