package dev.conveyor.application.payments.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public interface RefundOrderUseCase {

    /**
     * Staff give back an amount, or units of lines (and the shipping charge), through the gateways that
     * took the order's payments, the most recent payment first, and issue the credit note for it. An amount
     * gives back first what was paid beyond what is due, without a credit note: that money paid for no goods.
     *
     * @param idempotencyKey null when the client sent none
     * @throws dev.conveyor.domain.shared.ConflictException NOTHING_TO_REFUND, REFUND_EXCEEDS_PAID,
     *         REFUND_EXCEEDS_LINE, REFUND_EXCEEDS_ORDER, NO_SHIPPING_CHARGE, SHIPPING_ALREADY_REFUNDED
     * @throws PaymentGatewayException when a gateway failed (nothing is recorded then)
     */
    Refunded refund(Actor actor, OrderId orderId, RefundOrderCommand command, IdempotencyKey idempotencyKey);

    /**
     * @param creditNote the note issued; null when all of an amount gave back what was paid beyond what is due
     *                   (an edit or a cancellation lowered the order), which credits no goods
     * @param refunds    the refund entries, one per payment the money came from
     */
    record Refunded(CreditNoteView creditNote, List<PaymentView> refunds, boolean replayed) {
    }

    record Line(int lineNo, int quantity) {
    }

    /**
     * Either {@code amountMinor} (a goodwill amount in the order's currency, not tied to lines) or lines
     * and/or the shipping charge.
     */
    record RefundOrderCommand(Long amountMinor, List<Line> lines, boolean shipping, String reason) {

        public RefundOrderCommand {
            lines = lines == null ? List.of() : List.copyOf(lines);
            if (amountMinor != null && (!lines.isEmpty() || shipping)) {
                throw new InvalidInputException("amountMinor",
                        "amountMinor refunds an amount; lines and shipping cannot come with it");
            }
            if (amountMinor != null && amountMinor <= 0) {
                throw new InvalidInputException("amountMinor", "amountMinor must be positive");
            }
            if (amountMinor == null && lines.isEmpty() && !shipping) {
                throw new InvalidInputException("lines", "a refund names lines, the shipping charge or amountMinor");
            }
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = Objects.requireNonNull(lines.get(i));
                Check.range("lines[" + i + "].lineNo", line.lineNo(), 1, Order.MAX_LINES);
                Check.range("lines[" + i + "].quantity", line.quantity(), 1, Order.MAX_QUANTITY_PER_LINE);
                if (!seen.add(line.lineNo())) {
                    throw new InvalidInputException("lines[" + i + "].lineNo", "line " + line.lineNo()
                            + " is named twice");
                }
            }
            reason = Check.optionalText("reason", reason, CreditNote.MAX_REASON);
        }

        public CreditNote.Request request() {
            Map<Integer, Integer> units = new LinkedHashMap<>();
            lines.forEach(line -> units.put(line.lineNo(), line.quantity()));
            return new CreditNote.Request(units, shipping, amountMinor == null ? 0 : amountMinor);
        }

        public String fingerprint() {
            return amountMinor + "|" + lines + "|" + shipping + "|" + reason;
        }
    }
}
