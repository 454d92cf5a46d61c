package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;

public interface GetProductQuery {

    /** Inactive products are visible only to their seller and the back office. */
    Product get(Actor actor, ProductId productId);
}
