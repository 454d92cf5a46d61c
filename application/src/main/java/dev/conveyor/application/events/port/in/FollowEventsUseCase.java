package dev.conveyor.application.events.port.in;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.LiveEventsPort.Subscription;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.function.Consumer;

public interface FollowEventsUseCase {

    /**
     * Streams the events the caller may see (or those of one order) to {@code sink}: first every event
     * after {@code request.after()} still in the log, then {@code subscribed}, then live events, in position
     * order, none twice and none missed. Returns once the backlog was handed to {@code sink}. While the
     * backlog is sent, {@code sink} is called on the caller's thread and may block to pace it; after
     * {@code subscribed} it is called on delivery threads and must not block. One message at a time.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException when the order does not exist for the caller
     */
    Subscription follow(Actor actor, FollowRequest request, Consumer<FeedMessage> sink);

    /**
     * @param orderId    null for everything the caller may see
     * @param after      the last position the client saw; null for live events only
     * @param maxBacklog a client further behind than this many positions is told to resync instead of
     *                   getting its backlog (for streams that cannot pace a long backlog)
     */
    record FollowRequest(OrderId orderId, Long after, long maxBacklog) {
        public FollowRequest {
            if (after != null && after < 0) {
                throw new dev.conveyor.domain.shared.InvalidInputException("after", "after must not be negative");
            }
        }

        /** Any backlog still in the log. */
        public FollowRequest(OrderId orderId, Long after) {
            this(orderId, after, Long.MAX_VALUE);
        }
    }

    /**
     * One message to the client: an event ({@code event} set), or a control message.
     *
     * @param position for SUBSCRIBED the position the backlog ends at, for RESYNC_REQUIRED the oldest
     *                 retained position
     * @param reason   for DROPPED, why the server ends the stream
     */
    record FeedMessage(Kind kind, LoggedEvent event, long position, String reason) {
        public enum Kind { EVENT, REPLAYED_EVENT, SUBSCRIBED, RESYNC_REQUIRED, DROPPED }

        public static FeedMessage event(LoggedEvent event) {
            return new FeedMessage(Kind.EVENT, event, event.position(), null);
        }

        public static FeedMessage replayed(LoggedEvent event) {
            return new FeedMessage(Kind.REPLAYED_EVENT, event, event.position(), null);
        }

        public static FeedMessage subscribed(long position) {
            return new FeedMessage(Kind.SUBSCRIBED, null, position, null);
        }

        public static FeedMessage resyncRequired(long oldestPosition) {
            return new FeedMessage(Kind.RESYNC_REQUIRED, null, oldestPosition, null);
        }

        public static FeedMessage dropped(String reason) {
            return new FeedMessage(Kind.DROPPED, null, 0, reason);
        }
    }
}
