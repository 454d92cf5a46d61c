package dev.conveyor.domain.payment;

import dev.conveyor.domain.event.DomainEvent;
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
}
