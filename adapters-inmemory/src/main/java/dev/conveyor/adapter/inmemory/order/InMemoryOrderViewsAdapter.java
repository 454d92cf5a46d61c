package dev.conveyor.adapter.inmemory.order;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.backoffice.port.in.SavedOrderView;
import dev.conveyor.application.backoffice.port.out.OrderViewsPort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryOrderViewsAdapter implements OrderViewsPort {

    private final MemoryStore store;
    private final Map<UUID, Owned> views = new HashMap<>();

    public InMemoryOrderViewsAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean insert(UserId owner, SavedOrderView view) {
        return store.atomically(() -> {
            String name = view.name().toLowerCase(Locale.ROOT);
            if (views.values().stream().anyMatch(owned -> owned.owner().equals(owner)
                    && owned.view().name().toLowerCase(Locale.ROOT).equals(name))) {
                return false;
            }
            store.put(views, view.id(), new Owned(owner, view));
            return true;
        });
    }

    @Override
    public List<SavedOrderView> findByOwner(UserId owner) {
        return store.atomically(() -> views.values().stream().filter(owned -> owned.owner().equals(owner))
                .map(Owned::view)
                .sorted(Comparator.comparing((SavedOrderView v) -> v.name().toLowerCase(Locale.ROOT))
                        .thenComparing(SavedOrderView::id))
                .toList());
    }

    @Override
    public boolean delete(UserId owner, UUID viewId) {
        return store.atomically(() -> {
            Owned owned = views.get(viewId);
            if (owned == null || !owned.owner().equals(owner)) {
                return false;
            }
            store.remove(views, viewId);
            return true;
        });
    }

    private record Owned(UserId owner, SavedOrderView view) {
    }
}
