package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import dev.conveyor.application.events.port.in.MonitorConsumersQuery;
import java.util.List;

final class MonitorConsumersService implements MonitorConsumersQuery {

    private final ConsumerStatuses statuses;

    MonitorConsumersService(ConsumerStatuses statuses) {
        this.statuses = statuses;
    }

    @Override
    public List<ConsumerStatus> statuses() {
        return statuses.all();
    }
}
