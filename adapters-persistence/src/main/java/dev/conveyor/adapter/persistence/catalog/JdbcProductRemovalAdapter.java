package dev.conveyor.adapter.persistence.catalog;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.catalog.port.out.ProductRemovalPort;
import dev.conveyor.domain.catalog.ProductId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcProductRemovalAdapter implements ProductRemovalPort {

    /** Children first; product_images goes with the product (ON DELETE CASCADE). */
    private static final List<String> DELETES = List.of(
            "DELETE FROM cart_lines WHERE product_id = ?",
            "DELETE FROM stock_adjustments WHERE product_id = ?",
            "DELETE FROM products WHERE id = ?");

    private final Jdbc jdbc;

    JdbcProductRemovalAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean everOrdered(ProductId productId) {
        return !jdbc.list("SELECT 1 FROM order_lines WHERE product_id = ? LIMIT 1",
                statement -> statement.setObject(1, productId.value()), row -> row.getInt(1)).isEmpty();
    }

    @Override
    public void delete(ProductId productId) {
        for (String delete : DELETES) {
            jdbc.update(delete, statement -> statement.setObject(1, productId.value()));
        }
    }
}
