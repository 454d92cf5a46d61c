package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Money;

public interface UpdateProductUseCase {

    /** The owning seller or an administrator; deactivating is {@code active=false}. */
    Product update(Actor actor, ProductId productId, UpdateProductCommand command);

    /** A partial change: null parts stay as they are. {@code details} is the complete new description when set. */
    record UpdateProductCommand(ProductDetails details, Money price, Boolean active, Integer lowStockThreshold) {
    }
}
