package dev.conveyor.domain.creditnote;

import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Events of credit notes, named as in the event catalogue. */
public final class CreditNoteEvents {

    private CreditNoteEvents() {
    }

    /**
     * A credit note was issued. Its order lines carry their seller, so a seller sees only their own lines
     * (and no total); the customer and the back office see all of it.
     */
    public record CreditNoteIssued(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                   UUID orderId, Map<String, Object> creditNote) implements DomainEvent {

        static CreditNoteIssued of(CreditNote note) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("id", note.id().value().toString());
            payload.put("number", note.number().value());
            payload.put("orderId", note.orderId().value().toString());
            payload.put("orderNumber", note.orderNumber());
            payload.put("invoiceNumbers", note.invoices().stream().map(CreditNote.InvoiceRef::number).toList());
            List<Map<String, Object>> lines = note.lines().stream()
                    .filter(line -> line.kind() == CreditNoteLine.Kind.LINE)
                    .map(line -> Map.<String, Object>of("lineNo", line.lineNo(),
                            "sellerId", line.sellerId().value().toString(), "quantity", line.quantity(),
                            "grossMinor", line.gross()))
                    .toList();
            payload.put("lines", lines);
            payload.put("totalMinor", note.total().amountMinor());
            payload.put("currency", note.total().currency());
            return new CreditNoteIssued(note.id().value(), note.customerId().value(), note.sellerIds(),
                    note.issuedAt(), note.orderId().value(), java.util.Collections.unmodifiableMap(payload));
        }

        @Override
        public String type() {
            return "credit-note:issued";
        }

        @Override
        public String aggregateType() {
            return "credit-note";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("creditNote", creditNote);
        }
    }
}
