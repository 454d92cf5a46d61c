package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.backoffice.port.in.NoteSubject;
import dev.conveyor.application.backoffice.port.in.StaffNote;
import dev.conveyor.application.backoffice.port.out.StaffNotesPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
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
public final class InMemoryStaffNotesAdapter implements StaffNotesPort {

    private static final Comparator<StaffNote> NEWEST_FIRST = Comparator.comparing(StaffNote::createdAt)
            .thenComparing(StaffNote::id).reversed();

    private final MemoryStore store;
    private final Map<UUID, StaffNote> notes = new HashMap<>();

    public InMemoryStaffNotesAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(StaffNote note) {
        store.atomically(() -> {
            store.put(notes, note.id(), note);
            return null;
        });
    }

    @Override
    public Optional<StaffNote> findById(UUID id) {
        return store.atomically(() -> Optional.ofNullable(notes.get(id)));
    }

    @Override
    public Page<StaffNote> find(NoteSubject subject, PageRequest page) {
        return store.atomically(() -> {
            List<StaffNote> all = notes.values().stream().filter(note -> note.subject().equals(subject))
                    .sorted(NEWEST_FIRST).toList();
            List<StaffNote> items = all.stream().skip(page.offset()).limit(page.size()).toList();
            return Page.of(items, page, all.size());
        });
    }
}
