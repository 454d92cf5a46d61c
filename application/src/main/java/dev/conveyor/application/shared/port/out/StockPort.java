package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.catalog.StockLevel;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.util.Optional;

/**
 * Atomic stock changes. The store decides: a reservation succeeds only if the
 * units are available at that instant, whatever else runs concurrently. Callers
 * touch several products in ascending id order so that transactions cannot
 * deadlock.
 */
public interface StockPort {

    /** Reserves {@code quantity} units of an active product in one conditional update. */
    Reservation reserve(ProductId productId, int quantity);

    /** Gives back units reserved earlier. */
    StockLevel release(ProductId productId, int quantity);

    /** Locks the product's stock until the transaction ends, for a read-modify-write adjustment. */
    Optional<StockLevel> lockForAdjustment(ProductId productId);

    /** Sets the units on hand of a product locked with {@link #lockForAdjustment}. */
    StockLevel setOnHand(ProductId productId, int onHand);

    /**
     * Reserved units leave the warehouse: on hand and reserved drop together, in one conditional update.
     *
     * @throws IllegalStateException when fewer units are reserved (the order's books and the stock disagree)
     */
    StockLevel ship(ProductId productId, int quantity);

    /** Shipped units came back for their order: on hand and reserved rise together. */
    StockLevel returnShipped(ProductId productId, int quantity);

    sealed interface Reservation {
    }

    /**
     * The product as it was when reserved: what an order line copies, its category, which promotions target, and
     * how it is taxed and weighed, so that pricing the order needs no second read of the same rows.
     */
    record Reserved(ProductId productId, Sku sku, String name, String category, Money price, UserId sellerId,
                    PricingAttributes pricing, StockLevel after)
            implements Reservation {
    }

    record Refused(ProductId productId, Reason reason, int available) implements Reservation {
    }

    enum Reason { NOT_FOUND, INACTIVE, INSUFFICIENT_STOCK }
}
