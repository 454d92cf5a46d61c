package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;

public interface DeleteProductUseCase {

    /**
     * The product's seller or an administrator deletes a product: for good when no order ever had it, else
     * it is archived (taken off sale: out of the catalogue and of carts, still on its orders; its seller
     * may put it back on sale).
     *
     * @throws dev.conveyor.domain.shared.NotFoundException PRODUCT_NOT_FOUND, also for another seller's product
     */
    Outcome delete(Actor actor, ProductId productId);

    enum Outcome { DELETED, ARCHIVED }
}
