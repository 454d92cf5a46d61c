package dev.conveyor.adapter.persistence.mail;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.mail.port.in.MailCategory;
import dev.conveyor.application.mail.port.out.MailPreferencePort;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Opt-outs, one row per person and category (V23). */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcMailPreferenceAdapter implements MailPreferencePort {

    private final Jdbc jdbc;

    JdbcMailPreferenceAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<MailCategory> optedOut(UserId userId) {
        Set<MailCategory> categories = EnumSet.noneOf(MailCategory.class);
        jdbc.list("SELECT category FROM mail_opt_out WHERE user_id = ?", statement -> statement.setObject(1,
                userId.value()), row -> row.getString("category")).forEach(name -> {
                    try {
                        categories.add(MailCategory.valueOf(name));
                    } catch (IllegalArgumentException retired) {
                        // a category no longer sent: nothing to opt out of
                    }
                });
        return categories;
    }

    @Override
    public void save(UserId userId, Set<MailCategory> optedOut) {
        jdbc.update("DELETE FROM mail_opt_out WHERE user_id = ?", statement -> statement.setObject(1, userId.value()));
        optedOut.forEach(category -> optOut(userId, category));
    }

    @Override
    public void optOut(UserId userId, MailCategory category) {
        jdbc.update("INSERT INTO mail_opt_out (user_id, category, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                statement -> {
                    statement.setObject(1, userId.value());
                    statement.setString(2, category.name());
                    Columns.setInstant(statement, 3, Instant.now());
                });
    }
}
