package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.GetProductQuery;
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
