package dev.conveyor.adapter.inmemory.catalog;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryProductImageAdapter implements ProductImagePort {

    private static final Comparator<ProductImage> IN_ORDER = Comparator.comparingInt(ProductImage::position)
            .thenComparing(ProductImage::id);

    private final MemoryStore store;
    private final Map<UUID, ProductImage> images = new HashMap<>();

    public InMemoryProductImageAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public List<ProductImage> list(ProductId productId) {
        return store.atomically(() -> images.values().stream().filter(image -> image.productId().equals(productId))
                .sorted(IN_ORDER).toList());
    }

    @Override
    public Map<ProductId, List<ProductImage>> list(Collection<ProductId> productIds) {
        Set<ProductId> wanted = new HashSet<>(productIds);
        return store.atomically(() -> images.values().stream().filter(image -> wanted.contains(image.productId()))
                .sorted(IN_ORDER)
                .collect(Collectors.groupingBy(ProductImage::productId, LinkedHashMap::new, Collectors.toList())));
    }

    @Override
    public void insert(ProductImage image) {
        store.atomically(() -> {
            store.put(images, image.id(), image);
            return null;
        });
    }

    @Override
    public void reposition(List<ProductImage> changed) {
        store.atomically(() -> {
            changed.forEach(image -> store.put(images, image.id(), image));
            return null;
        });
    }

    @Override
    public void delete(UUID imageId) {
        store.atomically(() -> {
            store.remove(images, imageId);
            return null;
        });
    }

    @Override
    public boolean digestInUse(String digest) {
        return store.atomically(() -> images.values().stream().anyMatch(image -> image.digest().equals(digest)));
    }
}
