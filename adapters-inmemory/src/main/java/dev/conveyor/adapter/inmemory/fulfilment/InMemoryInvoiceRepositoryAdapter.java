package dev.conveyor.adapter.inmemory.fulfilment;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.invoice.InvoiceLine;
import dev.conveyor.domain.invoice.InvoiceNumber;
import dev.conveyor.domain.invoice.InvoiceStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.pricing.InvoiceShare;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryInvoiceRepositoryAdapter implements InvoiceRepositoryPort {

    private static final Comparator<InvoiceRow> OLDEST_FIRST = Comparator.comparing(InvoiceRow::issuedAt)
            .thenComparing(row -> row.id().value());

    private final MemoryStore store;
    private final Map<InvoiceId, InvoiceRow> rows = new HashMap<>();
    private final Map<DeliveryId, InvoiceId> byDelivery = new HashMap<>();

    public InMemoryInvoiceRepositoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean insertIfAbsent(Invoice invoice) {
        return store.atomically(() -> {
            if (byDelivery.containsKey(invoice.deliveryId())) {
                return false;
            }
            store.put(rows, invoice.id(), InvoiceRow.of(invoice, invoice.version()));
            store.put(byDelivery, invoice.deliveryId(), invoice.id());
            return true;
        });
    }

    @Override
    public void update(Invoice invoice) {
        store.atomically(() -> {
            InvoiceRow stored = rows.get(invoice.id());
            if (stored == null || stored.version() != invoice.version()) {
                throw new ConcurrentModificationException("invoice", invoice.number());
            }
            store.put(rows, invoice.id(), InvoiceRow.of(invoice, stored.version() + 1));
            return null;
        });
    }

    @Override
    public Optional<Invoice> findById(InvoiceId id) {
        return store.atomically(() -> Optional.ofNullable(rows.get(id)).map(InvoiceRow::toInvoice));
    }

    @Override
    public Optional<Invoice> findByDelivery(DeliveryId deliveryId) {
        return store.atomically(() -> Optional.ofNullable(byDelivery.get(deliveryId)).map(rows::get)
                .map(InvoiceRow::toInvoice));
    }

    @Override
    public List<Invoice> findByOrder(OrderId orderId) {
        return store.atomically(() -> rows.values().stream()
                .filter(row -> row.orderId().equals(orderId))
                .sorted(OLDEST_FIRST)
                .map(InvoiceRow::toInvoice)
                .toList());
    }

    private record InvoiceRow(InvoiceId id, InvoiceNumber number, OrderId orderId, String orderNumber,
                              DeliveryId deliveryId, String deliveryNumber, UserId customerId, Set<UUID> sellerIds,
                              List<InvoiceLine> lines, InvoiceShare price, Money total, Money amountPaid,
                              InvoiceStatus status, Instant issuedAt, Instant paidAt, Instant voidedAt, Instant updatedAt, long version) {

        static InvoiceRow of(Invoice i, long version) {
            return new InvoiceRow(i.id(), i.number(), i.orderId(), i.orderNumber(), i.deliveryId(),
                    i.deliveryNumber(), i.customerId(), i.sellerIds(), i.lines(), i.price(), i.total(),
                    i.amountPaid(), i.status(), i.issuedAt(), i.paidAt(), i.voidedAt(), i.updatedAt(), version);
        }

        Invoice toInvoice() {
            return Invoice.rehydrate(id, number, orderId, orderNumber, deliveryId, deliveryNumber, customerId,
                    sellerIds, lines, price, total, amountPaid, status, issuedAt, paidAt, voidedAt, updatedAt, version);
        }
    }
}
