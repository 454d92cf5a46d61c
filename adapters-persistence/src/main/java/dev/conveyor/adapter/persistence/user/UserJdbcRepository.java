package dev.conveyor.adapter.persistence.user;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
interface UserJdbcRepository extends GenericRepository<UserRow, UUID>, JpaSpecificationExecutor<UserRow> {

    Optional<UserRow> findByEmail(String email);

    /**
     * Writes every column if the stored version is still the row's, and moves the version on.
     *
     * @throws io.micronaut.data.exceptions.OptimisticLockException otherwise
     */
    UserRow update(UserRow row);
}
