package dev.conveyor.application.events.port.out;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import java.util.List;

/**
 * The live subscribers of this instance (WebSocket and SSE connections). Every
 * subscriber has a bounded buffer: one that falls behind is dropped with a
 * reason and resumes from the log, instead of slowing the others.
 */
public interface LiveEventsPort {

    /** Hands positioned events, in position order, to every subscriber. Never blocks on a subscriber. */
    void publish(List<LoggedEvent> events);

    /**
     * Hands events again to every subscriber, marked as replayed (an administrator's replay). A replay may
     * be larger than a subscriber's buffer, so each subscriber gets the events as fast as it takes them in;
     * only one that takes nothing in for a long while is dropped. Never blocks on a subscriber.
     */
    void replay(List<LoggedEvent> events);

    /** How many subscriptions are open now. */
    int subscribers();

    /** @param name who subscribes, for the log */
    Subscription subscribe(String name, Listener listener);

    /** Called on a delivery thread, one call at a time per subscriber, in position order. */
    interface Listener {
        void onEvent(LoggedEvent event);

        default void onReplay(LoggedEvent event) {
        }

        /** The subscription was ended by the hub (the subscriber fell behind or failed). */
        default void onDropped(String reason) {
        }
    }

    /** Ends a subscription; nothing is delivered after it returns, except an event already being delivered. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
