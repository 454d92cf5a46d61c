package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.port.in.DeliverEventsUseCase;
import dev.conveyor.application.port.in.FollowEventsUseCase;
import dev.conveyor.application.port.in.GetEventStatsQuery;
import dev.conveyor.application.port.in.GetOrderTimelineQuery;
import dev.conveyor.application.port.in.ListEventsQuery;
import dev.conveyor.application.port.in.PublishEventsUseCase;
import dev.conveyor.application.port.in.PurgeEventsUseCase;
import dev.conveyor.application.port.in.ReplayEventsUseCase;
import dev.conveyor.application.port.out.EventLogReaderPort;
import dev.conveyor.application.port.out.EventRelayPort;
import dev.conveyor.application.port.out.EventSignalPort;
import dev.conveyor.application.port.out.LiveEventsPort;
import dev.conveyor.application.service.CorePorts;
import dev.conveyor.application.service.EventPorts;
import dev.conveyor.application.service.EventServices;
import dev.conveyor.application.service.EventSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/** The event log's readers, relay and live updates: their ports from the selected adapters, their use cases as beans. */
@Factory
public class EventFactory {

    @Singleton
    EventPorts eventPorts(EventLogReaderPort reader, EventRelayPort relay, EventSignalPort signals,
                          LiveEventsPort live) {
        return new EventPorts(reader, relay, signals, live);
    }

    @Singleton
    EventSettings eventSettings(@Value("${conveyor.events.retention:30d}") Duration retention,
                                @Value("${conveyor.realtime.backlog-buffer:10000}") int backlogBuffer) {
        return new EventSettings(retention, backlogBuffer);
    }

    @Singleton
    EventServices eventServices(CorePorts core, EventPorts ports, EventSettings settings, Clock clock) {
        return new EventServices(core, ports, settings, clock);
    }

    @Singleton
    ListEventsQuery listEvents(EventServices events) {
        return events.listEvents();
    }

    @Singleton
    GetEventStatsQuery eventStats(EventServices events) {
        return events.eventStats();
    }

    @Singleton
    GetOrderTimelineQuery orderTimeline(EventServices events) {
        return events.orderTimeline();
    }

    @Singleton
    ReplayEventsUseCase replayEvents(EventServices events) {
        return events.replayEvents();
    }

    @Singleton
    PublishEventsUseCase publishEvents(EventServices events) {
        return events.publishEvents();
    }

    @Singleton
    DeliverEventsUseCase deliverEvents(EventServices events) {
        return events.deliverEvents();
    }

    @Singleton
    FollowEventsUseCase followEvents(EventServices events) {
        return events.followEvents();
    }

    @Singleton
    PurgeEventsUseCase purgeEvents(EventServices events) {
        return events.purgeEvents();
    }
}
