package dev.conveyor.adapter.persistence.pricing;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.Discount;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.pricing.PromotionTarget;
import dev.conveyor.domain.pricing.UsageLimits;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcPromotionAdapter implements PromotionPort {

    static final String COLUMNS = "id, name, code, discount_kind, percent, amount_minor, target_kind, "
            + "target_values, minimum_subtotal_minor, valid_from, valid_until, usage_limit, per_customer_limit, "
            + "active, used";
    /** A code taken by another promotion violates the unique key: nothing is written. */
    private static final String INSERT = "INSERT INTO promotions (name, discount_kind, percent, amount_minor, "
            + "target_kind, target_values, minimum_subtotal_minor, valid_from, valid_until, usage_limit, "
            + "per_customer_limit, active, id, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT DO NOTHING";
    /** The limit is lowered only as far as the uses so far, decided under the row's lock. */
    private static final String UPDATE = "UPDATE promotions SET name = ?, discount_kind = ?, percent = ?, "
            + "amount_minor = ?, target_kind = ?, target_values = ?, minimum_subtotal_minor = ?, valid_from = ?, "
            + "valid_until = ?, usage_limit = ?, per_customer_limit = ?, active = ? WHERE id = ? AND used <= ?";
    private static final String AUTOMATIC = "SELECT " + COLUMNS + " FROM promotions WHERE code IS NULL AND active "
            + "AND (valid_from IS NULL OR valid_from <= ?) AND (valid_until IS NULL OR valid_until > ?) ORDER BY id";

    private final Jdbc jdbc;

    JdbcPromotionAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(Promotion promotion) {
        return jdbc.update(INSERT, statement -> {
            bindTerms(statement, promotion);
            statement.setObject(13, promotion.id().value());
            statement.setString(14, promotion.code());
        }) == 1;
    }

    @Override
    public boolean update(Promotion promotion) {
        return jdbc.update(UPDATE, statement -> {
            bindTerms(statement, promotion);
            statement.setObject(13, promotion.id().value());
            Integer limit = promotion.limits().total();
            statement.setInt(14, limit == null ? Integer.MAX_VALUE : limit);
        }) == 1;
    }

    @Override
    public Optional<StoredPromotion> findById(PromotionId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM promotions WHERE id = ?",
                statement -> statement.setObject(1, id.value()), JdbcPromotionAdapter::stored);
    }

    @Override
    public Optional<StoredPromotion> findByCode(String code) {
        return jdbc.one("SELECT " + COLUMNS + " FROM promotions WHERE code = ?",
                statement -> statement.setString(1, code), JdbcPromotionAdapter::stored);
    }

    @Override
    public Page<StoredPromotion> list(PageRequest page) {
        List<StoredPromotion> items = jdbc.list("SELECT " + COLUMNS + " FROM promotions ORDER BY id DESC LIMIT ? OFFSET ?",
                statement -> {
                    statement.setInt(1, page.size());
                    statement.setLong(2, page.offset());
                }, JdbcPromotionAdapter::stored);
        long total = jdbc.one("SELECT COUNT(*) FROM promotions", statement -> { }, row -> row.getLong(1)).orElse(0L);
        return Page.of(items, page, total);
    }

    @Override
    public List<Promotion> automaticValidAt(Instant at) {
        return jdbc.list(AUTOMATIC, statement -> {
            setInstant(statement, 1, at);
            setInstant(statement, 2, at);
        }, row -> stored(row).promotion());
    }

    /** Parameters 1 to 12, shared by the insert and the update. */
    private static void bindTerms(PreparedStatement statement, Promotion promotion) throws SQLException {
        statement.setString(1, promotion.name());
        Discount discount = promotion.discount();
        if (discount instanceof Discount.Percentage percentage) {
            statement.setString(2, "PERCENTAGE");
            statement.setBigDecimal(3, percentage.percent());
            statement.setNull(4, Types.BIGINT);
        } else if (discount instanceof Discount.FixedAmount fixed) {
            statement.setString(2, "FIXED_AMOUNT");
            statement.setNull(3, Types.NUMERIC);
            statement.setLong(4, fixed.amountMinor());
        } else {
            statement.setString(2, "FREE_SHIPPING");
            statement.setNull(3, Types.NUMERIC);
            statement.setNull(4, Types.BIGINT);
        }
        PromotionTarget target = promotion.target();
        if (target instanceof PromotionTarget.Products products) {
            statement.setString(5, "PRODUCTS");
            statement.setString(6, products.productIds().stream().map(ProductId::toString).sorted()
                    .collect(Collectors.joining("\n")));
        } else if (target instanceof PromotionTarget.Categories categories) {
            statement.setString(5, "CATEGORIES");
            statement.setString(6, categories.categories().stream().sorted().collect(Collectors.joining("\n")));
        } else {
            statement.setString(5, "WHOLE_ORDER");
            statement.setNull(6, Types.VARCHAR);
        }
        statement.setLong(7, promotion.minimumSubtotalMinor());
        setInstant(statement, 8, promotion.validFrom());
        setInstant(statement, 9, promotion.validUntil());
        setOptionalInt(statement, 10, promotion.limits().total());
        setOptionalInt(statement, 11, promotion.limits().perCustomer());
        statement.setBoolean(12, promotion.active());
    }

    private static void setOptionalInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** Reads the row's columns by name, so any query selecting {@link #COLUMNS} (under those names) may use it. */
    static StoredPromotion stored(ResultSet row) throws SQLException {
        Discount discount = switch (row.getString("discount_kind")) {
            case "PERCENTAGE" -> new Discount.Percentage(row.getBigDecimal("percent").stripTrailingZeros());
            case "FIXED_AMOUNT" -> new Discount.FixedAmount(row.getLong("amount_minor"));
            default -> new Discount.FreeShipping();
        };
        String values = row.getString("target_values");
        PromotionTarget target = switch (row.getString("target_kind")) {
            case "PRODUCTS" -> new PromotionTarget.Products(Arrays.stream(values.split("\n"))
                    .map(id -> new ProductId(UUID.fromString(id))).collect(Collectors.toSet()));
            case "CATEGORIES" -> new PromotionTarget.Categories(Set.of(values.split("\n")));
            default -> new PromotionTarget.WholeOrder();
        };
        Promotion promotion = new Promotion(new PromotionId(uuid(row, "id")), row.getString("name"),
                row.getString("code"), discount, target, row.getLong("minimum_subtotal_minor"),
                instant(row, "valid_from"), instant(row, "valid_until"),
                new UsageLimits(optionalInt(row, "usage_limit"), optionalInt(row, "per_customer_limit")),
                row.getBoolean("active"));
        return new StoredPromotion(promotion, row.getInt("used"));
    }

    private static Integer optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
