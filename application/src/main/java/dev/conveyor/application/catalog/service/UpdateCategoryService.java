package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.CreateCategoryUseCase.CategoryCommand;
import dev.conveyor.application.catalog.port.in.UpdateCategoryUseCase;
import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

final class UpdateCategoryService implements UpdateCategoryUseCase {

    private static final PageRequest BATCH = new PageRequest(0, PageRequest.MAX_SIZE);

    private final CategoryPort categories;
    private final Categories rules;
    private final ProductRepositoryPort products;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    UpdateCategoryService(CategoryPort categories, Categories rules, ProductRepositoryPort products,
                          EventRecorder events, TransactionPort transactions, Clock clock) {
        this.categories = categories;
        this.rules = rules;
        this.products = products;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Category update(Actor actor, CategoryId id, CategoryCommand command) {
        actor.requireRole(Role.ADMIN);
        Updated updated = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            Category before = rules.require(id);
            Category after = new Category(id, command.name(), command.slug(), command.parentId());
            rules.checkParent(after, rules.hasChildren(id));
            if (!categories.update(after)) {
                throw Categories.taken(after);
            }
            List<DomainEvent> recorded = before.name().equals(after.name()) ? List.of()
                    : renameProducts(before.name(), after.name());
            events.append(actor, recorded);
            return new Updated(after, recorded);
        }));
        events.committed(updated.events());
        return updated.category();
    }

    /**
     * Products carry their category's name (promotions and the catalogue filter read it), so a new name is
     * written to each, as a product change: caches and live clients learn of it like of any other.
     */
    private List<DomainEvent> renameProducts(String from, String to) {
        List<DomainEvent> recorded = new ArrayList<>();
        Instant now = clock.instant();
        ProductSearch inCategory = new ProductSearch(null, from, null, false, ProductSearch.Sort.NAME,
                SortDirection.ASC);
        List<Product> batch;
        // each renamed product leaves the search, so the first page is always the next batch
        while (!(batch = products.search(inCategory, BATCH).items()).isEmpty()) {
            for (Product product : batch) {
                ProductDetails details = product.details();
                product.revise(new ProductDetails(details.name(), details.description(), to, details.imageUrl()),
                        null, null, null, now);
                products.update(product);
                recorded.addAll(product.pullEvents());
            }
        }
        return recorded;
    }

    private record Updated(Category category, List<DomainEvent> events) {
    }
}
