package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.DeleteProductUseCase;
import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.application.catalog.port.out.ProductRemovalPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.ProductAccess;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.util.List;

final class DeleteProductService implements DeleteProductUseCase {

    private final ProductRepositoryPort products;
    private final StockPort stock;
    private final ProductRemovalPort removal;
    private final ProductImagePort images;
    private final MediaStoragePort storage;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    DeleteProductService(ProductRepositoryPort products, StockPort stock, ProductRemovalPort removal,
                         ProductImagePort images, MediaStoragePort storage, EventRecorder events,
                         TransactionPort transactions, Clock clock) {
        this.products = products;
        this.stock = stock;
        this.removal = removal;
        this.images = images;
        this.storage = storage;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome delete(Actor actor, ProductId productId) {
        actor.requireRole(Role.SELLER, Role.ADMIN);
        Done done = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            Product product = products.findById(productId)
                    .filter(found -> actor.is(Role.ADMIN) || found.isOwnedBy(actor.userId()))
                    .orElseThrow(() -> ProductAccess.notFound(productId));
            // an order placed meanwhile reserves stock on this row first, or finds the product gone
            stock.lockForAdjustment(productId).orElseThrow(() -> ProductAccess.notFound(productId));
            Done result;
            if (removal.everOrdered(productId)) {
                product.revise(null, null, false, null, clock.instant());
                products.update(product);
                result = new Done(Outcome.ARCHIVED, product.pullEvents(), List.of());
            } else {
                List<ProductImage> pictures = images.list(productId);
                removal.delete(productId);
                product.delete(clock.instant());
                result = new Done(Outcome.DELETED, product.pullEvents(), pictures);
            }
            events.append(actor, result.events());
            return result;
        }));
        events.committed(done.events());
        done.pictures().stream().filter(picture -> !images.digestInUse(picture.digest()))
                .forEach(picture -> picture.fileNames().forEach(storage::delete));
        return done.outcome();
    }

    private record Done(Outcome outcome, List<DomainEvent> events, List<ProductImage> pictures) {
    }
}
