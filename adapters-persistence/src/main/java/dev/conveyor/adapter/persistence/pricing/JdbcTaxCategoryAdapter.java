package dev.conveyor.adapter.persistence.pricing;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.pricing.port.out.TaxCategoryPort;
import dev.conveyor.domain.pricing.NamedTaxCategory;
import dev.conveyor.domain.pricing.TaxCategory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcTaxCategoryAdapter implements TaxCategoryPort {

    private final Jdbc jdbc;

    JdbcTaxCategoryAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(TaxCategory category, String name) {
        return jdbc.update("INSERT INTO tax_categories (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING", statement -> {
            statement.setString(1, category.code());
            statement.setString(2, name);
        }) == 1;
    }

    @Override
    public boolean exists(TaxCategory category) {
        return jdbc.one("SELECT 1 FROM tax_categories WHERE code = ?", statement -> statement.setString(1, category.code()),
                row -> true).isPresent();
    }

    @Override
    public List<NamedTaxCategory> all() {
        return jdbc.list("SELECT code, name FROM tax_categories ORDER BY code", statement -> { },
                row -> new NamedTaxCategory(new TaxCategory(row.getString(1)), row.getString(2)));
    }
}
