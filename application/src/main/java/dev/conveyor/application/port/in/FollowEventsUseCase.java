package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.port.out.LiveEventsPort.Subscription;
import dev.conveyor.domain.order.OrderId;
import java.util.function.Consumer;

public interface FollowEventsUseCase {

    /**
     * Streams the events the caller may see (or those of one order) to {@code sink}: first every event
     * after {@code request.after()} still in the log, then {@code subscribed}, then live events, in position
     * order, none twice and none missed. Returns once the backlog was handed to {@code sink}; {@code sink}
     * must not block (it is called on delivery threads) and is called one message at a time.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException when the order does not exist for the caller
     */
    Subscription follow(Actor actor, FollowRequest request, Consumer<FeedMessage> sink);

    /**
     * @param orderId null for everything the caller may see
     * @param after   the last position the client saw; null for live events only
     */
    record FollowRequest(OrderId orderId, Long after) {
        public FollowRequest {
            if (after != null && after < 0) {
                throw new dev.conveyor.domain.shared.InvalidInputException("after", "after must not be negative");
            }
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
