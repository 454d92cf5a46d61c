package dev.conveyor.application.shared.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.EventLogPort.EventMetadata;
import dev.conveyor.application.shared.port.out.EventLogPort;
import dev.conveyor.application.shared.port.out.NotificationPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
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
    private final TransactionPort transactions;

    /** Made by {@link SharedServices}, so that no change escapes the cache invalidation. */
    EventRecorder(EventLogPort eventLog, NotificationPort notifications, CacheInvalidations cacheInvalidations,
                  TransactionPort transactions) {
        this.eventLog = eventLog;
        this.notifications = notifications;
        this.cacheInvalidations = cacheInvalidations;
        this.transactions = transactions;
    }

    /** Inside the transaction of the change. */
    public void append(Actor actor, List<DomainEvent> events) {
        if (!events.isEmpty()) {
            eventLog.append(events, new EventMetadata(actor.correlationId(), null,
                    actor.userId() == null ? null : actor.userId().value()));
        }
    }

    /**
     * After the commit of the change's transaction; called inside another transaction (a use case that is a step
     * of another one), it waits for that one's commit, so that nobody hears of a change that is then rolled back.
     */
    public void committed(List<DomainEvent> events) {
        if (!events.isEmpty()) {
            List<DomainEvent> told = List.copyOf(events);
            transactions.afterCommit(() -> tell(told));
        }
    }

    private void tell(List<DomainEvent> events) {
        cacheInvalidations.afterCommit(events);
        try {
            notifications.eventsCommitted(events);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "live notification failed; subscribers catch up from the event log", e);
        }
    }
}
