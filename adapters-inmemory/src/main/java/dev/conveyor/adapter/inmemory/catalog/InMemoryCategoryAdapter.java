package dev.conveyor.adapter.inmemory.catalog;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryCategoryAdapter implements CategoryPort {

    private static final Comparator<Category> BY_NAME = Comparator
            .comparing((Category category) -> category.name().toLowerCase(Locale.ROOT))
            .thenComparing(category -> category.id().value());

    private final MemoryStore store;
    private final Map<CategoryId, Category> categories = new HashMap<>();

    public InMemoryCategoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean insert(Category category) {
        return store.atomically(() -> {
            if (categories.containsKey(category.id()) || taken(category)) {
                return false;
            }
            store.put(categories, category.id(), category);
            return true;
        });
    }

    @Override
    public boolean update(Category category) {
        return store.atomically(() -> {
            if (!categories.containsKey(category.id()) || taken(category)) {
                return false;
            }
            store.put(categories, category.id(), category);
            return true;
        });
    }

    private boolean taken(Category category) {
        return categories.values().stream().anyMatch(other -> !other.id().equals(category.id())
                && (other.name().equals(category.name()) || other.slug().equals(category.slug())));
    }

    @Override
    public Optional<Category> findById(CategoryId id) {
        return store.atomically(() -> Optional.ofNullable(categories.get(id)));
    }

    @Override
    public Optional<Category> findByName(String name) {
        return store.atomically(() -> categories.values().stream()
                .filter(category -> category.name().equalsIgnoreCase(name))
                .min(Comparator.comparing((Category category) -> !category.name().equals(name)).thenComparing(BY_NAME)));
    }

    @Override
    public List<Category> list() {
        return store.atomically(() -> categories.values().stream().sorted(BY_NAME).toList());
    }

    @Override
    public boolean delete(CategoryId id) {
        return store.atomically(() -> {
            boolean existed = categories.containsKey(id);
            store.remove(categories, id);
            return existed;
        });
    }
}
