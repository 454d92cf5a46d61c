package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

public interface CancelOrderLinesUseCase {

    int MAX_REASON = 500;

    /**
     * Staff cancel units of an open order that no delivery holds yet (a seller only of their own lines), and
     * give their reservation back to stock in the same transaction. The amount due falls with them; when
     * nothing is expected any more the order is cancelled (and refunded like any cancelled order).
     *
     * @param idempotencyKey null when the client sent none; a retry with it cancels nothing more
     * @throws dev.conveyor.domain.shared.ConflictException QUANTITY_EXCEEDS_REMAINING (units in a delivery
     *                                                      that has not shipped are not remaining),
     *                                                      NOTHING_REMAINING, ORDER_CLOSED, STALE_VERSION
     */
    CancelledLines cancelLines(Actor actor, OrderId orderId, CancelLinesCommand command,
                               IdempotencyKey idempotencyKey);

    /** @param replayed true when an earlier request with the same key cancelled them */
    record CancelledLines(OrderView order, boolean replayed) {
    }

    /**
     * @param lines           units per order line; empty for all that remains (of the caller's lines)
     * @param expectedVersion the order's version the caller saw (its ETag); null to cancel whatever changed since
     */
    record CancelLinesCommand(List<Line> lines, String reason, Long expectedVersion) {

        public CancelLinesCommand(List<Line> lines, String reason) {
            this(lines, reason, null);
        }

        public CancelLinesCommand {
            lines = lines == null ? List.of() : List.copyOf(lines);
            if (lines.size() > Order.MAX_LINES) {
                throw new InvalidInputException("lines", "an order has at most " + Order.MAX_LINES + " lines");
            }
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = Check.notNull("lines[" + i + "]", lines.get(i));
                if (!seen.add(line.lineNo())) {
                    throw new InvalidInputException("lines[" + i + "].lineNo",
                            "line " + line.lineNo() + " is listed twice");
                }
            }
            reason = Check.optionalText("reason", reason, MAX_REASON);
        }

        /** What makes two requests the same request, for the idempotency key. */
        public String fingerprint() {
            return lines.stream().map(l -> l.lineNo() + "x" + l.quantity()).collect(Collectors.joining(","))
                    + '|' + reason + '|' + expectedVersion;
        }
    }

    record Line(int lineNo, int quantity) {

        public Line {
            Check.range("lineNo", lineNo, 1, Order.MAX_LINES);
            Check.range("quantity", quantity, 1, Order.MAX_QUANTITY_PER_LINE);
        }
    }
}
