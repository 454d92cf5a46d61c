package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.DeliverEventsUseCase;
import dev.conveyor.application.events.port.in.FollowEventsUseCase;
import dev.conveyor.application.events.port.in.GetEventStatsQuery;
import dev.conveyor.application.events.port.in.GetOrderTimelineQuery;
import dev.conveyor.application.events.port.in.ListEventsQuery;
import dev.conveyor.application.events.port.in.PublishEventsUseCase;
import dev.conveyor.application.events.port.in.PurgeEventsUseCase;
import dev.conveyor.application.events.port.in.ReplayEventsUseCase;
import dev.conveyor.application.shared.service.SharedServices;

/** The event log's readers, its relay and live updates, assembled in plain Java like every feature. */
public final class EventServices {

    private final ListEventsQuery listEvents;
    private final GetEventStatsQuery eventStats;
    private final GetOrderTimelineQuery orderTimeline;
    private final ReplayEventsUseCase replayEvents;
    private final PublishEventsUseCase publishEvents;
    private final DeliverEventsUseCase deliverEvents;
    private final FollowEventsUseCase followEvents;
    private final PurgeEventsUseCase purgeEvents;

    public EventServices(SharedServices shared, EventPorts ports, EventSettings settings) {
        var clock = shared.clock();
        var access = shared.orderAccess();
        listEvents = new ListEventsService(ports.reader());
        eventStats = new GetEventStatsService(ports.reader(), clock);
        orderTimeline = new GetOrderTimelineService(ports.reader(), access, shared.ports().users());
        replayEvents = new ReplayEventsService(ports.reader(), ports.signals());
        publishEvents = new PublishEventsService(ports.relay(), ports.signals());
        deliverEvents = new DeliverEventsService(ports.reader(), ports.live());
        followEvents = new FollowEventsService(ports.reader(), ports.live(), access, settings.backlogBuffer());
        purgeEvents = new PurgeEventsService(ports.reader(), settings.retention(), clock);
    }

    public ListEventsQuery listEvents() {
        return listEvents;
    }

    public GetEventStatsQuery eventStats() {
        return eventStats;
    }

    public GetOrderTimelineQuery orderTimeline() {
        return orderTimeline;
    }

    public ReplayEventsUseCase replayEvents() {
        return replayEvents;
    }

    public PublishEventsUseCase publishEvents() {
        return publishEvents;
    }

    public DeliverEventsUseCase deliverEvents() {
        return deliverEvents;
    }

    public FollowEventsUseCase followEvents() {
        return followEvents;
    }

    public PurgeEventsUseCase purgeEvents() {
        return purgeEvents;
    }
}
