package dev.conveyor.adapter.persistence.cart;

import static dev.conveyor.adapter.persistence.support.Columns.setInstant;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.cart.port.out.CartStartsPort;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** {@code cart_starts} (V17). */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcCartStartsAdapter implements CartStartsPort {

    private static final String INSERT = "INSERT INTO cart_starts (id, user_id, started_at) VALUES (?, ?, ?)";
    private static final String CHECK_OUT = """
            UPDATE cart_starts SET checked_out_at = ?, order_id = ?
             WHERE id = (SELECT id FROM cart_starts
                          WHERE user_id = ? AND checked_out_at IS NULL
                          ORDER BY started_at DESC
                          LIMIT 1)""";

    private final Jdbc jdbc;

    JdbcCartStartsAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void started(UserId owner, Instant at) {
        jdbc.update(INSERT, statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setObject(2, owner.value());
            setInstant(statement, 3, at);
        });
    }

    @Override
    public void checkedOut(UserId owner, OrderId orderId, Instant at) {
        jdbc.update(CHECK_OUT, statement -> {
            setInstant(statement, 1, at);
            statement.setObject(2, orderId.value());
            statement.setObject(3, owner.value());
        });
    }
}
