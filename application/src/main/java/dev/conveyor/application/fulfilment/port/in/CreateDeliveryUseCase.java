package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

public interface CreateDeliveryUseCase {

    /**
     * A pending delivery of some units of the order's lines, each at most what
     * remains of its line (the database decides between concurrent requests).
     * Staff deliver any line, a seller only theirs. The first delivery of a
     * confirmed order starts its processing.
     *
     * @param idempotencyKey null when the client sent none
     * @throws dev.conveyor.domain.shared.ConflictException QUANTITY_EXCEEDS_REMAINING, NOTHING_REMAINING,
     *                                                      ORDER_NOT_CONFIRMED, ORDER_CLOSED
     */
    CreatedDelivery create(Actor actor, OrderId orderId, CreateDeliveryCommand command, IdempotencyKey idempotencyKey);

    /** @param replayed true when an earlier request with the same key created it */
    record CreatedDelivery(DeliveryView delivery, boolean replayed) {
    }

    /**
     * @param lines units per order line; empty for everything that remains (of the caller's lines)
     */
    record CreateDeliveryCommand(List<Line> lines, String carrier, String trackingNumber) {

        public CreateDeliveryCommand {
            lines = lines == null ? List.of() : List.copyOf(lines);
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = Check.notNull("lines[" + i + "]", lines.get(i));
                if (!seen.add(line.lineNo())) {
                    throw new InvalidInputException("lines[" + i + "].lineNo",
                            "line " + line.lineNo() + " is listed twice");
                }
            }
        }

        /** What makes two requests the same request, for the idempotency key. */
        public String fingerprint() {
            return lines.stream().map(l -> l.lineNo() + "x" + l.quantity()).collect(Collectors.joining(","))
                    + '|' + carrier + '|' + trackingNumber;
        }
    }

    record Line(int lineNo, int quantity) {

        public Line {
            Check.range("lineNo", lineNo, 1, dev.conveyor.domain.order.Order.MAX_LINES);
            Check.range("quantity", quantity, 1, dev.conveyor.domain.order.Order.MAX_QUANTITY_PER_LINE);
        }
    }
}
