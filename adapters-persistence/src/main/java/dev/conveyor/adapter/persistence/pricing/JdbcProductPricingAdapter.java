package dev.conveyor.adapter.persistence.pricing;

import static dev.conveyor.adapter.persistence.support.Columns.setUuids;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.pricing.port.out.ProductPricingPort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.PricingAttributes;
import dev.conveyor.domain.pricing.TaxCategory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The {@code tax_category} and {@code weight_grams} columns of {@code products}, which only pricing reads and writes. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcProductPricingAdapter implements ProductPricingPort {

    private static final String FIND = "SELECT id, tax_category, weight_grams FROM products WHERE id = ANY(?)";
    private static final String SAVE = "UPDATE products SET tax_category = ?, weight_grams = ? WHERE id = ?";

    private final Jdbc jdbc;

    JdbcProductPricingAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<ProductId, PricingAttributes> find(Collection<ProductId> ids) {
        Map<ProductId, PricingAttributes> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        UUID[] values = ids.stream().map(ProductId::value).toArray(UUID[]::new);
        jdbc.list(FIND, statement -> setUuids(statement, 1, values), row -> found.put(new ProductId(uuid(row, "id")),
                new PricingAttributes(new TaxCategory(row.getString("tax_category")), row.getLong("weight_grams"))));
        return found;
    }

    @Override
    public boolean save(ProductId id, PricingAttributes attributes) {
        return jdbc.update(SAVE, statement -> {
            statement.setString(1, attributes.taxCategory().code());
            statement.setLong(2, attributes.weightGrams());
            statement.setObject(3, id.value());
        }) == 1;
    }
}
