package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.GetProductQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.service.ProductAccess;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;

final class GetProductService implements GetProductQuery {

    private final ProductAccess access;

    GetProductService(ProductAccess access) {
        this.access = access;
    }

    @Override
    public Product get(Actor actor, ProductId productId) {
        return access.visible(actor, productId);
    }
}
