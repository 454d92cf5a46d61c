package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.common.Page;
import dev.conveyor.application.common.PageRequest;
import dev.conveyor.application.port.in.ListProductsQuery;
import dev.conveyor.application.port.out.ProductRepositoryPort;
import dev.conveyor.application.port.out.ProductSearch;
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
        return reads.cataloguePage(filter, page);
    }

    /** Not cached: the people who manage products see their own changes at once, and they are few. */
    @Override
    public Page<Product> managed(Actor actor, ProductFilter filter, PageRequest page) {
        actor.requireRole(Role.SELLER, Role.STAFF, Role.ADMIN);
        return products.search(new ProductSearch(filter.text(), filter.category(),
                actor.is(Role.SELLER) ? actor.userId() : null, false, filter.sort(), filter.direction()), page);
    }
}
