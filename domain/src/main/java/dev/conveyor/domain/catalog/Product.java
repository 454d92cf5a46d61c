package dev.conveyor.domain.catalog;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.event.PendingEvents;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A sellable item. Its catalogue data changes through this aggregate; its stock
 * changes only through atomic database updates (see {@code StockPort}), because
 * many orders reserve units of one product at the same time.
 */
public final class Product {

    public static final int MAX_STOCK = 1_000_000_000;

    private final ProductId id;
    private final Sku sku;
    private ProductDetails details;
    private Money price;
    private boolean active;
    private final UserId sellerId;
    private final Stock stock;
    private int lowStockThreshold;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final PendingEvents events = new PendingEvents();

    private Product(ProductId id, Sku sku, ProductDetails details, Money price, boolean active, UserId sellerId,
                    Stock stock, int lowStockThreshold, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.sku = Objects.requireNonNull(sku);
        this.details = Objects.requireNonNull(details);
        this.price = requirePrice(price);
        this.active = active;
        this.sellerId = Objects.requireNonNull(sellerId);
        this.stock = Objects.requireNonNull(stock);
        this.lowStockThreshold = requireThreshold(lowStockThreshold);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    public static Product create(Sku sku, ProductDetails details, Money price, UserId sellerId, int initialStock,
                                 int lowStockThreshold, Instant now) {
        Check.range("initialStock", initialStock, 0, MAX_STOCK);
        Product product = new Product(ProductId.newId(), sku, details, price, true, sellerId, Stock.of(initialStock),
                lowStockThreshold, now, now, 0);
        product.events.add(new ProductEvents.ProductCreated(product.id.value(), sellerId.value(), now,
                product.snapshot()));
        return product;
    }

    public static Product rehydrate(ProductId id, Sku sku, ProductDetails details, Money price, boolean active,
                                    UserId sellerId, Stock stock, int lowStockThreshold, Instant createdAt,
                                    Instant updatedAt, long version) {
        return new Product(id, sku, details, price, active, sellerId, stock, lowStockThreshold, createdAt, updatedAt,
                version);
    }

    /** Applies the given changes; {@code null} leaves a part as it is. */
    public void revise(ProductDetails newDetails, Money newPrice, Boolean newActive, Integer newThreshold,
                       Instant now) {
        if (newDetails != null) {
            details = newDetails;
        }
        if (newPrice != null) {
            price = requirePrice(newPrice);
        }
        if (newActive != null) {
            active = newActive;
        }
        if (newThreshold != null) {
            lowStockThreshold = requireThreshold(newThreshold);
        }
        updatedAt = now;
        events.add(new ProductEvents.ProductUpdated(id.value(), sellerId.value(), now, snapshot()));
    }

    /** Records that the product is deleted; storage removes it (allowed only while no order names it). */
    public void delete(Instant now) {
        events.add(new ProductEvents.ProductDeleted(id.value(), sellerId.value(), now, sku.value()));
    }

    /**
     * Records that the stock changed atomically in storage (this object's own
     * stock figures are those it was loaded with).
     */
    public void stockChanged(Stock newStock, Instant now) {
        events.add(new ProductEvents.ProductUpdated(id.value(), sellerId.value(), now, snapshot(newStock)));
    }

    public boolean isOwnedBy(UserId user) {
        return sellerId.equals(user);
    }

    public ProductEvents.ProductSnapshot snapshot() {
        return snapshot(stock);
    }

    private ProductEvents.ProductSnapshot snapshot(Stock current) {
        return new ProductEvents.ProductSnapshot(id.value(), sku.value(), details.name(), details.category(),
                price.amountMinor(), price.currency(), active, current.onHand(), current.reserved(),
                lowStockThreshold);
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    private static Money requirePrice(Money price) {
        Objects.requireNonNull(price, "price");
        if (price.isNegative() || price.amountMinor() > 100_000_000_00L) {
            throw new InvalidInputException("price.amountMinor", "price must be between 0 and 10000000000 minor units");
        }
        return price;
    }

    private static int requireThreshold(int threshold) {
        return Check.range("lowStockThreshold", threshold, 0, MAX_STOCK);
    }

    public ProductId id() {
        return id;
    }

    public Sku sku() {
        return sku;
    }

    public ProductDetails details() {
        return details;
    }

    public Money price() {
        return price;
    }

    public boolean isActive() {
        return active;
    }

    public UserId sellerId() {
        return sellerId;
    }

    public Stock stock() {
        return stock;
    }

    public int lowStockThreshold() {
        return lowStockThreshold;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
