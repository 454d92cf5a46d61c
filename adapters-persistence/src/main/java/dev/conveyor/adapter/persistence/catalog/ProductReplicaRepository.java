package dev.conveyor.adapter.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.UUID;

/** Product searches on the read replica (datasource {@code read}), when {@code ReadReplica} lets it serve. */
@JdbcRepository(dialect = Dialect.POSTGRES, dataSource = "read")
@Requires(property = "datasources.read.url")
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
interface ProductReplicaRepository extends GenericRepository<ProductRow, UUID>, JpaSpecificationExecutor<ProductRow> {
}
