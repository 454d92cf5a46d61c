package dev.conveyor.adapter.persistence.user;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
interface RefreshTokenJdbcRepository extends GenericRepository<RefreshTokenRow, UUID> {

    RefreshTokenRow save(RefreshTokenRow row);

    Optional<RefreshTokenRow> findByTokenHash(String tokenHash);

    @Query("UPDATE refresh_tokens SET used_at = :at WHERE id = :id AND used_at IS NULL AND revoked_at IS NULL")
    int markUsed(UUID id, Instant at);

    @Query("UPDATE refresh_tokens SET revoked_at = :at WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(UUID familyId, Instant at);

    @Query("UPDATE refresh_tokens SET revoked_at = :at WHERE user_id = :userId AND revoked_at IS NULL")
    int revokeAllOf(UUID userId, Instant at);
}
