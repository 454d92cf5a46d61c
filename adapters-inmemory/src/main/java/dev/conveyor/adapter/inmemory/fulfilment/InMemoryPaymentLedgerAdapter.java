package dev.conveyor.adapter.inmemory.fulfilment;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Ledger entries are immutable records, kept in the order they were appended. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryPaymentLedgerAdapter implements PaymentLedgerPort {

    private final MemoryStore store;
    private final List<Payment> entries = new ArrayList<>();

    public InMemoryPaymentLedgerAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean append(Payment entry) {
        return store.atomically(() -> {
            boolean taken = entry.providerReference() != null && entries.stream().anyMatch(e ->
                    e.gateway().equals(entry.gateway()) && entry.providerReference().equals(e.providerReference()));
            if (taken || entries.stream().anyMatch(e -> e.id().equals(entry.id()))) {
                return false;
            }
            store.append(entries, entry);
            return true;
        });
    }

    @Override
    public Optional<Payment> findById(PaymentId id) {
        return store.atomically(() -> entries.stream().filter(e -> e.id().equals(id)).findFirst());
    }

    @Override
    public Optional<Payment> findByProviderReference(String gateway, String providerReference) {
        return store.atomically(() -> entries.stream()
                .filter(e -> e.gateway().equals(gateway) && providerReference.equals(e.providerReference()))
                .findFirst());
    }

    @Override
    public List<Payment> findByOrder(OrderId orderId) {
        return store.atomically(() -> entries.stream().filter(e -> e.orderId().equals(orderId)).toList());
    }

    /** Every ledger entry, for the back office's figures. */
    public List<Payment> all() {
        return store.atomically(() -> List.copyOf(entries));
    }
}
