package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.FollowEventsUseCase;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.OrderAccess;
import java.util.List;
import java.util.function.Consumer;

/**
 * Subscribes to the live events first and reads the backlog after: every event
 * the live side misses was positioned before the backlog's end was read, so the
 * backlog holds it.
 */
final class FollowEventsService implements FollowEventsUseCase {

    private static final int PAGE = 500;

    private final EventLogReaderPort reader;
    private final LiveEventsPort live;
    private final OrderAccess access;
    private final int bufferLimit;

    FollowEventsService(EventLogReaderPort reader, LiveEventsPort live, OrderAccess access, int bufferLimit) {
        this.reader = reader;
        this.live = live;
        this.access = access;
        this.bufferLimit = bufferLimit;
    }

    @Override
    public LiveEventsPort.Subscription follow(Actor actor, FollowRequest request, Consumer<FeedMessage> sink) {
        Scope scope = EventVisibility.scopeOf(actor, request.orderId());
        if (request.orderId() != null) {
            access.load(actor, request.orderId());
        }
        Follower follower = new Follower(scope, sink, bufferLimit, request.after() == null ? 0 : request.after());
        LiveEventsPort.Subscription subscription = live.subscribe(actor.userId() + "/" + actor.correlationId(),
                follower);
        follower.attach(subscription);
        try {
            long latest = reader.latestPosition();
            Long after = request.after();
            if (after != null && (after + 1 < reader.oldestPosition() || after > latest
                    || latest - after > request.maxBacklog())) {
                // the events after that position are gone (or never were, or are more than this stream
                // can catch up with): the client must reload, then it goes on with live events
                follower.resyncRequired(reader.oldestPosition());
                after = null;
            }
            if (after != null) {
                sendBacklog(follower, scope, after, latest);
            }
            follower.goLive(latest);
        } catch (RuntimeException e) {
            subscription.close();
            throw e;
        }
        return subscription;
    }

    private void sendBacklog(Follower follower, Scope scope, long after, long upTo) {
        long cursor = after;
        while (cursor < upTo && !follower.ended()) {
            List<LoggedEvent> page = reader.read(cursor, upTo, scope, PAGE);
            page.forEach(follower::backlog);
            if (page.size() < PAGE) {
                return;
            }
            cursor = page.get(page.size() - 1).position();
        }
    }
}
