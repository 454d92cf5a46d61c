package dev.conveyor.application.events.port.in;

import java.util.List;

public interface MonitorConsumersQuery {

    /** The server's own view of its durable consumers, for its metrics: as {@link ListConsumersQuery}. */
    List<ConsumerStatus> statuses();
}
