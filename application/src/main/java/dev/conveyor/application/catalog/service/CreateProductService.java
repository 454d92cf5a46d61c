package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.CreateProductUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.util.List;

final class CreateProductService implements CreateProductUseCase {

    private final ProductRepositoryPort products;
    private final Categories categories;
    private final UserRepositoryPort users;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    CreateProductService(ProductRepositoryPort products, Categories categories, UserRepositoryPort users,
                         EventRecorder events, TransactionPort transactions, Clock clock) {
        this.products = products;
        this.categories = categories;
        this.users = users;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Product create(Actor actor, CreateProductCommand command) {
        actor.requireRole(Role.SELLER, Role.ADMIN);
        UserId seller = ownerFor(actor, command.sellerId());
        Created created = transactions.inTransaction(() -> {
            Product product = Product.create(command.sku(), categories.named(command.details()), command.price(),
                    seller, command.initialStock(), command.lowStockThreshold(), clock.instant());
            if (!products.insert(product)) {
                throw new ConflictException("SKU_TAKEN", "a product with SKU " + product.sku() + " exists already");
            }
            List<DomainEvent> recorded = product.pullEvents();
            events.append(actor, recorded);
            return new Created(product, recorded);
        });
        events.committed(created.events());
        return created.product();
    }

    private record Created(Product product, List<DomainEvent> events) {
    }

    private UserId ownerFor(Actor actor, UserId requested) {
        if (requested == null || requested.equals(actor.userId())) {
            return actor.userId();
        }
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("sellers create products only for themselves");
        }
        User owner = users.findById(requested).filter(User::isActive)
                .orElseThrow(() -> new InvalidInputException("sellerId", "there is no user " + requested));
        if (owner.role() != Role.SELLER && owner.role() != Role.ADMIN) {
            throw new InvalidInputException("sellerId", "user " + requested + " is not a seller");
        }
        return requested;
    }
}
