package dev.conveyor.adapter.inmemory.fulfilment;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.payments.port.out.PaymentAttemptPort;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.PaymentAttempt;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryPaymentAttemptAdapter implements PaymentAttemptPort {

    private final MemoryStore store;
    private final Map<Key, PaymentAttempt> rows = new HashMap<>();

    public InMemoryPaymentAttemptAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void record(PaymentAttempt attempt) {
        store.atomically(() -> {
            Key key = new Key(attempt.gateway(), attempt.reference());
            PaymentAttempt stored = rows.get(key);
            if (stored == null) {
                store.put(rows, key, attempt);
                return null;
            }
            boolean advances = attempt.status().replaces().contains(stored.status());
            store.put(rows, key, new PaymentAttempt(
                    stored.requestId() != null ? stored.requestId() : attempt.requestId(), stored.orderId(),
                    stored.gateway(), stored.reference(), stored.amount(),
                    advances ? attempt.status() : stored.status(),
                    advances ? attempt.failureMessage() : stored.failureMessage(), stored.createdAt(),
                    advances ? attempt.updatedAt() : stored.updatedAt()));
            return null;
        });
    }

    @Override
    public Optional<PaymentAttempt> findByReference(String gateway, String reference) {
        return store.atomically(() -> Optional.ofNullable(rows.get(new Key(gateway, reference))));
    }

    @Override
    public Optional<PaymentAttempt> findByRequest(UUID requestId) {
        return store.atomically(() -> rows.values().stream().filter(a -> requestId.equals(a.requestId()))
                .findFirst());
    }

    @Override
    public List<PaymentAttempt> findByOrder(OrderId orderId) {
        return store.atomically(() -> rows.values().stream()
                .filter(a -> a.orderId().equals(orderId))
                .sorted(Comparator.comparing(PaymentAttempt::createdAt).thenComparing(PaymentAttempt::reference))
                .toList());
    }

    private record Key(String gateway, String reference) {
    }
}
