package dev.conveyor.adapter.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
interface StockAdjustmentJdbcRepository extends GenericRepository<StockAdjustmentRow, UUID> {

    StockAdjustmentRow save(StockAdjustmentRow row);

    Page<StockAdjustmentRow> findByProductId(UUID productId, Pageable pageable);
}
