package dev.conveyor.domain.invoice;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.shared.Money;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Events of invoices, named as in the event catalogue. */
public final class InvoiceEvents {

    private InvoiceEvents() {
    }

    private interface InvoiceEvent extends DomainEvent {
        @Override
        default String aggregateType() {
            return "invoice";
        }
    }

    public record InvoiceGenerated(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                   String invoiceNumber, UUID orderId, String orderNumber, UUID deliveryId,
                                   String deliveryNumber, Money total) implements InvoiceEvent {
        @Override
        public String type() {
            return "invoice:generated";
        }

        @Override
        public Map<String, Object> payload() {
            Map<String, Object> invoice = new LinkedHashMap<>();
            invoice.put("id", aggregateId.toString());
            invoice.put("number", invoiceNumber);
            invoice.put("orderId", orderId.toString());
            invoice.put("orderNumber", orderNumber);
            invoice.put("totalMinor", total.amountMinor());
            invoice.put("currency", total.currency());
            invoice.put("status", InvoiceStatus.ISSUED.name());
            return Map.of("invoice", invoice,
                    "delivery", Map.of("id", deliveryId.toString(), "number", deliveryNumber));
        }
    }

    public record InvoicePaid(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                              String invoiceNumber, UUID orderId, Money total, Money amountPaid)
            implements InvoiceEvent {
        @Override
        public String type() {
            return "invoice:paid";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("invoiceId", aggregateId.toString(), "invoiceNumber", invoiceNumber,
                    "orderId", orderId.toString(), "totalMinor", total.amountMinor(),
                    "amountPaidMinor", amountPaid.amountMinor(), "currency", total.currency());
        }
    }

    /** Not in the seeds' catalogue: an unpaid invoice was cancelled. */
    public record InvoiceVoided(UUID aggregateId, UUID customerId, Set<UUID> sellerIds, Instant occurredAt,
                                String invoiceNumber, UUID orderId) implements InvoiceEvent {
        @Override
        public String type() {
            return "invoice:voided";
        }

        @Override
        public Map<String, Object> payload() {
            return Map.of("invoiceId", aggregateId.toString(), "invoiceNumber", invoiceNumber,
                    "orderId", orderId.toString(), "status", InvoiceStatus.VOID.name());
        }
    }
}
