package dev.conveyor.domain.payment;

import dev.conveyor.domain.event.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Events of the payment ledger, named as in the event catalogue. */
public final class PaymentEvents {

    private PaymentEvents() {
    }

    private static Map<String, Object> payload(Payment entry) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("paymentId", entry.id().value().toString());
        map.put("orderId", entry.orderId().value().toString());
        map.put("invoiceId", entry.invoiceId() == null ? null : entry.invoiceId().value().toString());
        map.put("kind", entry.kind().name());
        map.put("method", entry.method().name());
        map.put("gateway", entry.gateway());
        map.put("amountMinor", entry.amount().amountMinor());
        map.put("currency", entry.amount().currency());
        map.put("providerReference", entry.providerReference());
        if (entry.refundOf() != null) {
            map.put("refundOf", entry.refundOf().value().toString());
        }
        return map;
    }

    private interface PaymentEvent extends DomainEvent {
        Payment entry();

        @Override
        default String aggregateType() {
            return "payment";
        }

        @Override
        default UUID aggregateId() {
            return entry().id().value();
        }

        @Override
        default UUID orderId() {
            return entry().orderId().value();
        }

        @Override
        default UUID customerId() {
            return entry().customerId().value();
        }

        @Override
        default Instant occurredAt() {
            return entry().recordedAt();
        }

        @Override
        default Map<String, Object> payload() {
            return PaymentEvents.payload(entry());
        }
    }

    public record PaymentRecorded(Payment entry) implements PaymentEvent {
        @Override
        public String type() {
            return "payment:recorded";
        }
    }

    public record PaymentRefunded(Payment entry) implements PaymentEvent {
        @Override
        public String type() {
            return "payment:refunded";
        }
    }

    /**
     * A card payment attempt failed at the gateway: no money moved. Its aggregate is the attempt, whose id
     * is derived from the gateway and its reference, so every report of one attempt names the same one.
     */
    public record PaymentFailed(PaymentAttempt attempt, UUID customerId, String orderNumber) implements DomainEvent {
        @Override
        public String type() {
            return "payment:failed";
        }

        @Override
        public String aggregateType() {
            return "payment";
        }

        @Override
        public UUID aggregateId() {
            return UUID.nameUUIDFromBytes((attempt.gateway() + ":" + attempt.reference())
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public UUID orderId() {
            return attempt.orderId().value();
        }

        @Override
        public Instant occurredAt() {
            return attempt.updatedAt();
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("orderId", attempt.orderId().value().toString());
            map.put("orderNumber", orderNumber);
            map.put("gateway", attempt.gateway());
            map.put("providerReference", attempt.reference());
            map.put("amountMinor", attempt.amount().amountMinor());
            map.put("currency", attempt.amount().currency());
            map.put("message", attempt.failureMessage());
            return map;
        }
    }
}
