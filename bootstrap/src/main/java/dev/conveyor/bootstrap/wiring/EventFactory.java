package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.events.port.in.DeliverEventsUseCase;
import dev.conveyor.application.events.port.in.FollowEventsUseCase;
import dev.conveyor.application.events.port.in.GetEventStatsQuery;
import dev.conveyor.application.events.port.in.GetOrderTimelineQuery;
import dev.conveyor.application.events.port.in.ListEventsQuery;
import dev.conveyor.application.events.port.in.PublishEventsUseCase;
import dev.conveyor.application.events.port.in.PurgeEventsUseCase;
import dev.conveyor.application.events.port.in.ReplayEventsUseCase;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.events.port.out.EventRelayPort;
import dev.conveyor.application.events.port.out.EventSignalPort;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import dev.conveyor.application.events.service.EventPorts;
import dev.conveyor.application.events.service.EventServices;
import dev.conveyor.application.events.service.EventSettings;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
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
    EventServices eventServices(SharedServices shared, EventPorts ports, EventSettings settings) {
        return new EventServices(shared, ports, settings);
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
