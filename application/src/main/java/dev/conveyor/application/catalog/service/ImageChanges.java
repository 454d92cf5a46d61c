package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.ProductAccess;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.event.DomainEvent;
import java.time.Clock;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One change to a product's images, made the way every image change is: by someone who manages the product,
 * in one transaction that also revises the product. The revision orders concurrent changes (the product's
 * version) and announces the change as {@code product:updated}, which also refreshes cached catalogue pages.
 */
final class ImageChanges {

    private final ProductImagePort images;
    private final ProductRepositoryPort products;
    private final ProductAccess access;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    ImageChanges(ProductImagePort images, ProductRepositoryPort products, ProductAccess access, EventRecorder events,
                 TransactionPort transactions, Clock clock) {
        this.images = images;
        this.products = products;
        this.access = access;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @param change given the product and its images now, makes the change and answers the result */
    <T> T change(Actor actor, ProductId productId, BiFunction<Product, List<ProductImage>, T> change) {
        Changed<T> changed = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            Product product = access.editable(actor, productId);
            T result = change.apply(product, images.list(productId));
            product.revise(null, null, null, null, clock.instant());
            products.update(product);
            List<DomainEvent> recorded = product.pullEvents();
            events.append(actor, recorded);
            return new Changed<>(result, recorded);
        }));
        events.committed(changed.events());
        return changed.result();
    }

    /** Refuses early, before any file is made, a caller who may not change the product. */
    void requireEditable(Actor actor, ProductId productId) {
        access.editable(actor, productId);
    }

    private record Changed<T>(T result, List<DomainEvent> events) {
    }
}
