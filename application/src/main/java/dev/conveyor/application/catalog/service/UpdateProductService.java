package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.UpdateProductUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.ProductAccess;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.event.DomainEvent;
import java.time.Clock;
import java.util.List;

final class UpdateProductService implements UpdateProductUseCase {

    private final ProductRepositoryPort products;
    private final Categories categories;
    private final ProductAccess access;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    UpdateProductService(ProductRepositoryPort products, Categories categories, ProductAccess access,
                         EventRecorder events, TransactionPort transactions, Clock clock) {
        this.products = products;
        this.categories = categories;
        this.access = access;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Product update(Actor actor, ProductId productId, UpdateProductCommand command) {
        Updated updated = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            Product product = access.editable(actor, productId);
            product.revise(command.details() == null ? null : categories.named(command.details()), command.price(), command.active(), command.lowStockThreshold(),
                    clock.instant());
            products.update(product);
            List<DomainEvent> recorded = product.pullEvents();
            events.append(actor, recorded);
            return new Updated(product, recorded);
        }));
        events.committed(updated.events());
        return products.findById(productId).orElseThrow(() -> ProductAccess.notFound(productId));
    }

    private record Updated(Product product, List<DomainEvent> events) {
    }
}
