package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.ListProductsQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.application.shared.service.CachedReads;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.user.Role;

final class ListProductsService implements ListProductsQuery {

    private final ProductRepositoryPort products;
    private final CachedReads reads;

    ListProductsService(ProductRepositoryPort products, CachedReads reads) {
        this.products = products;
        this.reads = reads;
    }

    @Override
    public Page<Product> catalogue(Actor actor, ProductFilter filter, PageRequest page) {
        return reads.cataloguePage(new ProductSearch(filter.text(), filter.category(), null, true, filter.sort(),
                filter.direction()), page);
    }

    /** Not cached: the people who manage products see their own changes at once, and they are few. */
    @Override
    public Page<Product> managed(Actor actor, ProductFilter filter, PageRequest page) {
        actor.requireRole(Role.SELLER, Role.STAFF, Role.ADMIN);
        return products.search(new ProductSearch(filter.text(), filter.category(),
                actor.is(Role.SELLER) ? actor.userId() : null, false, filter.sort(), filter.direction()), page);
    }
}
