package dev.conveyor.adapter.persistence.pricing;

import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.ShippingRule;
import dev.conveyor.domain.pricing.TaxCategory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcShippingMethodAdapter implements ShippingMethodPort {

    private static final String INSERT = """
            INSERT INTO shipping_methods (id, name, carrier, currency, countries, rule_kind, amount_minor, bands,
                                          free_above_minor, tax_category, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE shipping_methods SET id = ?, name = ?, carrier = ?, currency = ?, countries = ?, rule_kind = ?,
                                        amount_minor = ?, bands = ?, free_above_minor = ?, tax_category = ?,
                                        active = ?
             WHERE id = ?""";
    private static final String COLUMNS =
            "id, name, carrier, currency, countries, rule_kind, amount_minor, bands, free_above_minor, tax_category, active";

    private final Jdbc jdbc;

    JdbcShippingMethodAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(ShippingMethod method) {
        jdbc.update(INSERT, statement -> bind(statement, method));
    }

    @Override
    public void update(ShippingMethod method) {
        jdbc.update(UPDATE, statement -> {
            bind(statement, method);
            statement.setObject(12, method.id().value());
        });
    }

    @Override
    public Page<ShippingMethod> list(PageRequest page) {
        List<ShippingMethod> items = jdbc.list("SELECT " + COLUMNS + " FROM shipping_methods ORDER BY name, id "
                + "LIMIT ? OFFSET ?", statement -> {
                    statement.setInt(1, page.size());
                    statement.setLong(2, page.offset());
                }, JdbcShippingMethodAdapter::method);
        long total = jdbc.one("SELECT COUNT(*) FROM shipping_methods", statement -> { }, row -> row.getLong(1))
                .orElse(0L);
        return Page.of(items, page, total);
    }

    /** Few methods per store: the countries are matched here rather than by a pattern in SQL. */
    @Override
    public List<ShippingMethod> activeFor(String country) {
        return jdbc.list("SELECT " + COLUMNS + " FROM shipping_methods WHERE active ORDER BY name, id",
                statement -> { }, JdbcShippingMethodAdapter::method).stream()
                .filter(method -> method.countries().contains(country))
                .toList();
    }

    /** Parameters 1 to 11. */
    private static void bind(PreparedStatement statement, ShippingMethod method) throws SQLException {
        statement.setObject(1, method.id().value());
        statement.setString(2, method.name());
        statement.setString(3, method.carrier());
        statement.setString(4, method.currency());
        statement.setString(5, String.join(",", method.countries().stream().sorted().toList()));
        if (method.rule() instanceof ShippingRule.Flat flat) {
            rule(statement, "FLAT", flat.amountMinor(), null);
        } else if (method.rule() instanceof ShippingRule.PerItem perItem) {
            rule(statement, "PER_ITEM", perItem.amountMinor(), null);
        } else {
            rule(statement, "WEIGHT_BANDS", null, ((ShippingRule.WeightBands) method.rule()).bands().stream()
                    .map(band -> band.upToGrams() + ":" + band.amountMinor()).collect(Collectors.joining(",")));
        }
        if (method.freeAboveMinor() == null) {
            statement.setNull(9, Types.BIGINT);
        } else {
            statement.setLong(9, method.freeAboveMinor());
        }
        statement.setString(10, method.taxCategory().code());
        statement.setBoolean(11, method.active());
    }

    private static void rule(PreparedStatement statement, String kind, Long amount, String bands)
            throws SQLException {
        statement.setString(6, kind);
        if (amount == null) {
            statement.setNull(7, Types.BIGINT);
        } else {
            statement.setLong(7, amount);
        }
        statement.setString(8, bands);
    }

    @Override
    public Optional<ShippingMethod> findById(ShippingMethodId id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM shipping_methods WHERE id = ?", statement -> statement.setObject(1, id.value()), JdbcShippingMethodAdapter::method);
    }

    private static ShippingMethod method(ResultSet row) throws SQLException {
        long free = row.getLong("free_above_minor");
        Long freeAbove = row.wasNull() ? null : free;
        return new ShippingMethod(new ShippingMethodId(uuid(row, "id")), row.getString("name"),
                row.getString("carrier"), row.getString("currency"), Set.of(row.getString("countries").split(",")),
                rule(row), freeAbove, new TaxCategory(row.getString("tax_category")), row.getBoolean("active"));
    }

    private static ShippingRule rule(ResultSet row) throws SQLException {
        return switch (row.getString("rule_kind")) {
            case "FLAT" -> new ShippingRule.Flat(row.getLong("amount_minor"));
            case "PER_ITEM" -> new ShippingRule.PerItem(row.getLong("amount_minor"));
            case "WEIGHT_BANDS" -> new ShippingRule.WeightBands(Arrays.stream(row.getString("bands").split(","))
                    .map(band -> band.split(":"))
                    .map(pair -> new ShippingRule.WeightBand(Long.parseLong(pair[0]), Long.parseLong(pair[1])))
                    .toList());
            default -> throw new IllegalStateException("unknown shipping rule " + row.getString("rule_kind"));
        };
    }
}
