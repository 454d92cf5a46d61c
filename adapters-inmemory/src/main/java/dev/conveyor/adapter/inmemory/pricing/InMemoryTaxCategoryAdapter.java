package dev.conveyor.adapter.inmemory.pricing;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.domain.pricing.NamedTaxCategory;
import dev.conveyor.domain.pricing.TaxCategory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Starts with the four categories every store has, as the database migration does. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryTaxCategoryAdapter implements TaxCategoryPort {

    private final MemoryStore store;
    private final Map<String, String> names = new TreeMap<>(Map.of(
            TaxCategory.STANDARD.code(), "Standard rate", TaxCategory.REDUCED.code(), "Reduced rate",
            TaxCategory.ZERO.code(), "Zero rate", TaxCategory.EXEMPT.code(), "Exempt"));

    public InMemoryTaxCategoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean insert(TaxCategory category, String name) {
        return store.atomically(() -> {
            if (names.containsKey(category.code())) {
                return false;
            }
            store.put(names, category.code(), name);
            return true;
        });
    }

    @Override
    public boolean exists(TaxCategory category) {
        return store.atomically(() -> names.containsKey(category.code()));
    }

    @Override
    public List<NamedTaxCategory> all() {
        return store.atomically(() -> names.entrySet().stream()
                .map(entry -> new NamedTaxCategory(new TaxCategory(entry.getKey()), entry.getValue())).toList());
    }
}
