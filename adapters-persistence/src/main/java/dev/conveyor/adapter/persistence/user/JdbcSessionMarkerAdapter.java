package dev.conveyor.adapter.persistence.user;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.accounts.port.out.SessionMarkerPort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.OptionalLong;

/** The marker is the column {@code users.token_version}, which the user rows themselves never write. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcSessionMarkerAdapter implements SessionMarkerPort {

    private final Jdbc jdbc;

    JdbcSessionMarkerAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OptionalLong current(UserId user) {
        return jdbc.one("SELECT token_version FROM users WHERE id = ? AND deleted_at IS NULL",
                        statement -> statement.setObject(1, user.value()), row -> row.getLong(1))
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    @Override
    public void advance(UserId user) {
        jdbc.update("UPDATE users SET token_version = token_version + 1 WHERE id = ?",
                statement -> statement.setObject(1, user.value()));
    }
}
