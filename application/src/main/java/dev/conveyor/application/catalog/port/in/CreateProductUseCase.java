package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductDetails;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;

public interface CreateProductUseCase {

    /**
     * Sellers create products they own; administrators create them for any seller.
     *
     * @throws dev.conveyor.domain.shared.ConflictException SKU_TAKEN
     */
    Product create(Actor actor, CreateProductCommand command);

    /** @param sellerId owner; null means the caller */
    record CreateProductCommand(Sku sku, ProductDetails details, Money price, int initialStock,
                                int lowStockThreshold, UserId sellerId) {
        public CreateProductCommand {
            Check.notNull("sku", sku);
            Check.notNull("details", details);
            Check.notNull("price", price);
            Check.range("initialStock", initialStock, 0, Product.MAX_STOCK);
            Check.range("lowStockThreshold", lowStockThreshold, 0, Product.MAX_STOCK);
        }
    }
}
