package dev.conveyor.adapter.realtime;

import dev.conveyor.domain.event.DomainEvent;

/**
 * Someone in this process who wants committed events as they happen, e.g. a
 * WebSocket or SSE session. Called on a delivery thread, one call at a time,
 * in the order events reached the adapter. A subscriber that falls behind by
 * more than its queue holds, or that throws, is dropped: it then resumes from
 * the event log, which holds every event.
 */
public interface EventSubscriber {

    void onEvent(DomainEvent event);

    /** The adapter ended this subscription (closing it yourself does not call this). */
    default void onDropped(String reason) {
    }
}
