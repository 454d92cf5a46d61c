package dev.conveyor.application.returns.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

public interface OpenReturnUseCase {

    /**
     * The order's customer (within the returns window after its last delivery) or the back office asks to
     * send back delivered units.
     *
     * @param idempotencyKey null when the client sent none
     * @throws dev.conveyor.domain.shared.ConflictException RETURN_EXCEEDS_DELIVERED (counting the units of
     *         the order's other open returns), RETURN_WINDOW_CLOSED
     */
    Opened open(Actor actor, OrderId orderId, OpenReturnCommand command, IdempotencyKey idempotencyKey);

    record Opened(Return rma, boolean replayed) {
    }

    record Line(int lineNo, int quantity, String reason) {
    }

    record OpenReturnCommand(List<Line> lines) {

        public OpenReturnCommand {
            lines = lines == null ? List.of() : List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new InvalidInputException("lines", "a return names at least one line");
            }
        }

        /** Units and reason per line number, checked member by member. */
        public Map<Integer, Return.Request> requests() {
            Map<Integer, Return.Request> requests = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = Objects.requireNonNull(lines.get(i));
                String member = "lines[" + i + "].";
                Check.range(member + "lineNo", line.lineNo(), 1, Order.MAX_LINES);
                Check.range(member + "quantity", line.quantity(), 1, Order.MAX_QUANTITY_PER_LINE);
                String reason = Check.text(member + "reason", line.reason(), Return.MAX_REASON);
                if (requests.put(line.lineNo(), new Return.Request(line.quantity(), reason)) != null) {
                    throw new InvalidInputException(member + "lineNo", "line " + line.lineNo() + " is named twice");
                }
            }
            return requests;
        }

        public String fingerprint() {
            return lines.toString();
        }
    }
}
