package dev.conveyor.adapter.inmemory.catalog;

import dev.conveyor.adapter.inmemory.order.InMemoryOrderRepositoryAdapter;
import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.catalog.port.out.ProductRemovalPort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Carts read their products when shown, so a line of a deleted product shows as no longer sold. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryProductRemovalAdapter implements ProductRemovalPort {

    private final MemoryStore store;
    private final ProductTable products;
    private final InMemoryOrderRepositoryAdapter orders;
    private final InMemoryProductImageAdapter images;

    public InMemoryProductRemovalAdapter(MemoryStore store, ProductTable products,
                                         InMemoryOrderRepositoryAdapter orders, InMemoryProductImageAdapter images) {
        this.store = store;
        this.products = products;
        this.orders = orders;
        this.images = images;
    }

    @Override
    public boolean everOrdered(ProductId productId) {
        return orders.all().stream().anyMatch(order -> order.lines().stream()
                .anyMatch(line -> line.productId().equals(productId)));
    }

    @Override
    public void delete(ProductId productId) {
        store.atomically(() -> {
            images.list(productId).stream().map(ProductImage::id).forEach(images::delete);
            products.remove(productId);
            return null;
        });
    }
}
