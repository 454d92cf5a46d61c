package dev.conveyor.application.events.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the event log. Only events the relay gave a position are visible here:
 * a reader that saw position P and later asks for events after P never misses
 * one, because positions are handed out in commit order and never below one
 * already handed out.
 */
public interface EventLogReaderPort {

    /** Positioned events with {@code after < position <= upTo} that match {@code scope}, in position order. */
    List<LoggedEvent> read(long after, long upTo, Scope scope, int limit);

    /** Positioned events matching the search, in position order. */
    Page<LoggedEvent> search(Search search, PageRequest page);

    /** Positioned events of one order, in position order. */
    List<LoggedEvent> ofOrder(UUID orderId, int limit);

    /** How many events of each type occurred in {@code [from, to)}. */
    Map<String, Long> countByType(Instant from, Instant to);

    /** How many events occurred in each minute of {@code [from, to)}, keyed by the minute's start; empty minutes absent. */
    Map<Instant, Long> countByMinute(Instant from, Instant to);

    /** The highest position handed out so far, 0 before the first. */
    long latestPosition();

    /** The lowest position still retained; {@code latestPosition() + 1} when the log is empty. */
    long oldestPosition();

    /**
     * Deletes positioned events that occurred before {@code cutoff}, lowest positions first and never
     * leaving a hole: what stays is always a contiguous range of positions.
     *
     * @return how many were deleted
     */
    int deleteOccurredBefore(Instant cutoff);

    /**
     * One row of the log.
     *
     * @param orderId    the order it concerns, null when none
     * @param customerId the order's customer, null when none
     * @param sellerIds  the sellers it concerns
     * @param actorId    null when the system acted
     */
    record LoggedEvent(long position, UUID id, String type, String aggregateType, UUID aggregateId, UUID orderId,
                       UUID customerId, Set<UUID> sellerIds, String correlationId, UUID causationId, UUID actorId,
                       Instant occurredAt, Map<String, Object> payload) {
        public LoggedEvent {
            sellerIds = Set.copyOf(sellerIds);
        }

        /**
         * The event as clients get it (protocol of {@code /ws} and {@code /api/events/stream}): its payload as
         * {@code data}, which always names the order an event concerns in {@code data.orderId}.
         */
        public Map<String, Object> toMessage() {
            Map<String, Object> data = payload;
            if (orderId != null && !payload.containsKey("orderId")) {
                data = new LinkedHashMap<>(payload);
                data.put("orderId", orderId.toString());
            }
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("position", position);
            message.put("id", id.toString());
            message.put("type", type);
            message.put("occurredAt", occurredAt.toString());
            message.put("correlationId", correlationId);
            message.put("data", data);
            return message;
        }

        public LoggedEvent withPayload(Map<String, Object> cut) {
            return new LoggedEvent(position, id, type, aggregateType, aggregateId, orderId, customerId, sellerIds,
                    correlationId, causationId, actorId, occurredAt, cut);
        }
    }

    /** Which events a reader may see; null fields do not restrict. */
    record Scope(UUID customerId, UUID sellerId, UUID orderId) {
        public static final Scope ALL = new Scope(null, null, null);
    }

    /** Filters of the event list; null fields do not restrict. {@code to} is exclusive. */
    record Search(Long after, String type, String aggregateType, UUID aggregateId, String correlationId,
                  Instant from, Instant to) {
    }
}
