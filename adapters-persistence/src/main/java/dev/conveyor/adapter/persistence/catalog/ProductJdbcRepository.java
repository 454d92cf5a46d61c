package dev.conveyor.adapter.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
interface ProductJdbcRepository extends GenericRepository<ProductRow, UUID>, JpaSpecificationExecutor<ProductRow> {

    /** Catalogue fields only: stock belongs to the conditional updates of the stock adapter. */
    @Query("""
            UPDATE products
               SET name = :name, name_lower = :nameLower, description = :description, category = :category,
                   category_id = (SELECT c.id FROM categories c WHERE c.name = :category),
                   image_url = :imageUrl, price_minor = :priceMinor, currency = :currency, active = :active,
                   low_stock_threshold = :lowStockThreshold, updated_at = :updatedAt, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateCatalogue(UUID id, long version, String name, String nameLower, @Nullable String description,
                        String category, @Nullable String imageUrl, long priceMinor, String currency, boolean active,
                        int lowStockThreshold, Instant updatedAt);

    Optional<ProductRow> findById(UUID id);

    List<ProductRow> findByIdIn(Collection<UUID> ids);
}
