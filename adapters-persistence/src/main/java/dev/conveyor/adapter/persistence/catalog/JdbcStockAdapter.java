package dev.conveyor.adapter.persistence.catalog;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.catalog.StockLevel;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Stock changes as single conditional updates that hand back the row they
 * changed: the database decides availability under its row lock, so
 * concurrent reservations can never oversell, and the CHECK constraint on
 * {@code products} refuses anything that would still slip through.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcStockAdapter implements StockPort {

    private static final String LEVEL_COLUMNS = "sku, seller_id, on_hand, reserved, low_stock_threshold";
    /** With pricing's columns, which placement prices the order by: one statement reserves and reads them. */
    private static final String RESERVED_COLUMNS = "name, category, price_minor, currency, " + LEVEL_COLUMNS
            + ", tax_category, weight_grams";
    /** Reservations tried when units freed up between a refusal and the read that explains it. */
    private static final int ATTEMPTS = 3;

    private final Jdbc jdbc;
    private final String reserve;
    private final String release;
    private final String setOnHand;
    private final String ship;
    private final String returnShipped;

    JdbcStockAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.reserve = jdbc.dialect().updateReturning(
                "UPDATE products SET reserved = reserved + ? WHERE id = ? AND active AND on_hand - reserved >= ?",
                RESERVED_COLUMNS);
        this.release = jdbc.dialect().updateReturning(
                "UPDATE products SET reserved = reserved - ? WHERE id = ?", LEVEL_COLUMNS);
        this.setOnHand = jdbc.dialect().updateReturning(
                "UPDATE products SET on_hand = ? WHERE id = ?", LEVEL_COLUMNS);
        this.ship = jdbc.dialect().updateReturning(
                "UPDATE products SET on_hand = on_hand - ?, reserved = reserved - ? WHERE id = ? AND reserved >= ?",
                LEVEL_COLUMNS);
        this.returnShipped = jdbc.dialect().updateReturning(
                "UPDATE products SET on_hand = on_hand + ?, reserved = reserved + ? WHERE id = ?", LEVEL_COLUMNS);
    }

    @Override
    public Reservation reserve(ProductId productId, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("reserve at least one unit, not " + quantity);
        }
        Refused refused = null;
        for (int attempt = 0; attempt < ATTEMPTS && refused == null; attempt++) {
            Optional<Reserved> reserved = tryReserve(productId, quantity);
            if (reserved.isPresent()) {
                return reserved.get();
            }
            refused = refusal(productId, quantity).orElse(null);
        }
        return refused != null ? refused
                : new Refused(productId, Reason.INSUFFICIENT_STOCK, availableNow(productId));
    }

    private Optional<Reserved> tryReserve(ProductId productId, int quantity) {
        return jdbc.one(reserve, statement -> {
            statement.setInt(1, quantity);
            statement.setObject(2, productId.value());
            statement.setInt(3, quantity);
        }, row -> new Reserved(productId, new Sku(row.getString("sku")), row.getString("name"),
                row.getString("category"), Money.of(row.getLong("price_minor"), row.getString("currency")),
                new UserId(Columns.uuid(row, "seller_id")),
                new PricingAttributes(new TaxCategory(row.getString("tax_category")), row.getLong("weight_grams")),
                level(productId, row)));
    }

    /**
     * Only after a refused reservation: one read tells why. Empty when the units became available in between
     * (another order released them), so the reservation is worth another try.
     */
    private Optional<Refused> refusal(ProductId productId, int quantity) {
        Optional<Availability> availability = availability(productId);
        if (availability.isEmpty()) {
            return Optional.of(new Refused(productId, Reason.NOT_FOUND, 0));
        }
        Availability found = availability.get();
        if (!found.active()) {
            return Optional.of(new Refused(productId, Reason.INACTIVE, found.available()));
        }
        if (found.available() < quantity) {
            return Optional.of(new Refused(productId, Reason.INSUFFICIENT_STOCK, found.available()));
        }
        return Optional.empty();
    }

    private int availableNow(ProductId productId) {
        return availability(productId).map(Availability::available).orElse(0);
    }

    private Optional<Availability> availability(ProductId productId) {
        return jdbc.one("SELECT active, on_hand - reserved AS available FROM products WHERE id = ?",
                statement -> statement.setObject(1, productId.value()),
                row -> new Availability(row.getBoolean("active"), row.getInt("available")));
    }

    private record Availability(boolean active, int available) {
    }

    @Override
    public StockLevel release(ProductId productId, int quantity) {
        return jdbc.one(release, statement -> {
            statement.setInt(1, quantity);
            statement.setObject(2, productId.value());
        }, row -> level(productId, row)).orElseThrow(() -> notFound(productId));
    }

    @Override
    public Optional<StockLevel> lockForAdjustment(ProductId productId) {
        return jdbc.one("SELECT " + LEVEL_COLUMNS + " FROM products WHERE id = ? FOR UPDATE",
                statement -> statement.setObject(1, productId.value()),
                row -> level(productId, row));
    }

    @Override
    public StockLevel setOnHand(ProductId productId, int onHand) {
        return jdbc.one(setOnHand, statement -> {
            statement.setInt(1, onHand);
            statement.setObject(2, productId.value());
        }, row -> level(productId, row)).orElseThrow(() -> notFound(productId));
    }

    @Override
    public StockLevel ship(ProductId productId, int quantity) {
        return jdbc.one(ship, statement -> {
            statement.setInt(1, quantity);
            statement.setInt(2, quantity);
            statement.setObject(3, productId.value());
            statement.setInt(4, quantity);
        }, row -> level(productId, row)).orElseThrow(() -> new IllegalStateException(
                "product " + productId + " has fewer than " + quantity + " reserved units to ship"));
    }

    @Override
    public StockLevel returnShipped(ProductId productId, int quantity) {
        return jdbc.one(returnShipped, statement -> {
            statement.setInt(1, quantity);
            statement.setInt(2, quantity);
            statement.setObject(3, productId.value());
        }, row -> level(productId, row)).orElseThrow(() -> notFound(productId));
    }

    private static StockLevel level(ProductId productId, ResultSet row) throws SQLException {
        return new StockLevel(productId, new Sku(row.getString("sku")), new UserId(Columns.uuid(row, "seller_id")),
                new Stock(row.getInt("on_hand"), row.getInt("reserved")), row.getInt("low_stock_threshold"));
    }

    private static NotFoundException notFound(ProductId productId) {
        return new NotFoundException("PRODUCT_NOT_FOUND", "product " + productId + " does not exist");
    }
}
