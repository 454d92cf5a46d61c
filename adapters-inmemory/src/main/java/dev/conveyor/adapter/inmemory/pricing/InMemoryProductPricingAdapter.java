package dev.conveyor.adapter.inmemory.pricing;

import dev.conveyor.adapter.inmemory.catalog.ProductTable;
import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.PricingAttributes;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Attributes beside the product table, as the columns pricing owns beside the catalogue's in the database. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryProductPricingAdapter implements ProductPricingPort {

    private final MemoryStore store;
    private final ProductTable products;
    private final Map<ProductId, PricingAttributes> attributes = new HashMap<>();

    public InMemoryProductPricingAdapter(MemoryStore store, ProductTable products) {
        this.store = store;
        this.products = products;
    }

    @Override
    public Map<ProductId, PricingAttributes> find(Collection<ProductId> ids) {
        return store.atomically(() -> {
            Map<ProductId, PricingAttributes> found = new HashMap<>();
            for (ProductId id : ids) {
                if (products.get(id) != null) {
                    found.put(id, attributes.getOrDefault(id, PricingAttributes.DEFAULT));
                }
            }
            return found;
        });
    }

    /** Inside the caller's transaction: what a reservation hands back with the product, as the SQL one does. */
    public PricingAttributes attributesOf(ProductId id) {
        return store.atomically(() -> attributes.getOrDefault(id, PricingAttributes.DEFAULT));
    }

    @Override
    public boolean save(ProductId id, PricingAttributes wanted) {
        return store.atomically(() -> {
            if (products.get(id) == null) {
                return false;
            }
            store.put(attributes, id, wanted);
            return true;
        });
    }
}
