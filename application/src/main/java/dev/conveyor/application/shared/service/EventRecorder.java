package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.NotificationPort;
import dev.conveyor.domain.event.DomainEvent;
import java.util.List;

/**
 * Appends events inside the transaction, and tells live subscribers after the
 * commit. A failed notification loses nothing: the event log holds the event.
 */
public final class EventRecorder {

    private static final System.Logger LOG = System.getLogger(EventRecorder.class.getName());

    private final EventLogPort eventLog;
    private final NotificationPort notifications;
    private final CacheInvalidations cacheInvalidations;

    /** Made by {@link SharedServices}, so that no change escapes the cache invalidation. */
    EventRecorder(EventLogPort eventLog, NotificationPort notifications, CacheInvalidations cacheInvalidations) {
        this.eventLog = eventLog;
        this.notifications = notifications;
        this.cacheInvalidations = cacheInvalidations;
    }

    /** Inside the transaction of the change. */
    public void append(Actor actor, List<DomainEvent> events) {
        if (!events.isEmpty()) {
            eventLog.append(events, new EventMetadata(actor.correlationId(), null,
                    actor.userId() == null ? null : actor.userId().value()));
        }
    }

    /** After the commit. */
    public void committed(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        cacheInvalidations.afterCommit(events);
        try {
            notifications.eventsCommitted(events);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "live notification failed; subscribers catch up from the event log", e);
        }
    }
}
