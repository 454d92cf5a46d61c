package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.out.EventLogPort;
import dev.conveyor.application.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.port.out.NotificationPort;
import dev.conveyor.domain.event.DomainEvent;
import java.util.List;

/**
 * Appends events inside the transaction, and tells live subscribers after the
 * commit. A failed notification loses nothing: the event log holds the event.
 */
final class EventRecorder {

    private static final System.Logger LOG = System.getLogger(EventRecorder.class.getName());

    private final EventLogPort eventLog;
    private final NotificationPort notifications;
    private final CacheInvalidations cacheInvalidations;

    EventRecorder(EventLogPort eventLog, NotificationPort notifications, CacheInvalidations cacheInvalidations) {
        this.eventLog = eventLog;
        this.notifications = notifications;
        this.cacheInvalidations = cacheInvalidations;
    }

    /** The one way every assembler makes its recorder, so that no change escapes the cache invalidation. */
    static EventRecorder of(CorePorts ports) {
        return new EventRecorder(ports.eventLog(), ports.notifications(), new CacheInvalidations(ports.cache()));
    }

    /** Inside the transaction of the change. */
    void append(Actor actor, List<DomainEvent> events) {
        if (!events.isEmpty()) {
            eventLog.append(events, new EventMetadata(actor.correlationId(), null,
                    actor.userId() == null ? null : actor.userId().value()));
        }
    }

    /** After the commit. */
    void committed(List<DomainEvent> events) {
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
