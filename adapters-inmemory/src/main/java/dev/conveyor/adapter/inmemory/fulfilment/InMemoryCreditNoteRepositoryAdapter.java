package dev.conveyor.adapter.inmemory.fulfilment;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.shared.port.out.CreditNoteRepositoryPort;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteId;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Credit notes are immutable, so the stored object itself is handed out. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryCreditNoteRepositoryAdapter implements CreditNoteRepositoryPort {

    private static final Comparator<CreditNote> OLDEST_FIRST = Comparator.comparing(CreditNote::issuedAt)
            .thenComparing(note -> note.id().value());

    private final MemoryStore store;
    private final Map<CreditNoteId, CreditNote> notes = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public InMemoryCreditNoteRepositoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public long nextSequence() {
        return sequence.incrementAndGet();
    }

    @Override
    public void insert(CreditNote note) {
        store.atomically(() -> {
            if (notes.containsKey(note.id())) {
                throw new IllegalStateException("credit note " + note.number() + " exists already");
            }
            store.put(notes, note.id(), note);
            return null;
        });
    }

    @Override
    public Optional<CreditNote> findById(CreditNoteId id) {
        return store.atomically(() -> Optional.ofNullable(notes.get(id)));
    }

    @Override
    public List<CreditNote> findByOrder(OrderId orderId) {
        return store.atomically(() -> notes.values().stream().filter(note -> note.orderId().equals(orderId))
                .sorted(OLDEST_FIRST).toList());
    }
}
