package dev.conveyor.domain.returns;

import dev.conveyor.domain.event.DomainEvent;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Events of returns, named as in the event catalogue. */
public final class ReturnEvents {

    private ReturnEvents() {
    }

    /**
     * A return was requested, approved, rejected, received, refunded or cancelled ({@code type}). Its lines
     * carry their seller, so a seller can be shown only their own lines.
     */
    public record ReturnChanged(String type, UUID aggregateId, UUID customerId, Set<UUID> sellerIds,
                                Instant occurredAt, UUID orderId, Map<String, Object> rma) implements DomainEvent {

        static ReturnChanged of(String type, Return rma, Instant now) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("id", rma.id().value().toString());
            payload.put("number", rma.number().value());
            payload.put("orderId", rma.orderId().value().toString());
            payload.put("orderNumber", rma.orderNumber());
            payload.put("status", rma.status().name());
            List<Map<String, Object>> lines = rma.lines().stream().map(line -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("lineNo", line.lineNo());
                entry.put("sellerId", line.sellerId().value().toString());
                entry.put("quantity", line.quantity());
                entry.put("reason", line.reason());
                if (line.disposition() != null) {
                    entry.put("disposition", line.disposition().name());
                }
                return Collections.unmodifiableMap(entry);
            }).toList();
            payload.put("lines", lines);
            if (rma.creditNoteId() != null) {
                payload.put("creditNoteId", rma.creditNoteId().toString());
            }
            return new ReturnChanged(type, rma.id().value(), rma.customerId().value(), rma.sellerIds(), now,
                    rma.orderId().value(), Collections.unmodifiableMap(payload));
        }

        @Override
        public String aggregateType() {
            return "return";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("return", rma);
        }
    }
}
