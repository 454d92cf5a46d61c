package dev.conveyor.adapter.persistence.cart;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.backoffice.port.out.CartFiguresPort;
import dev.conveyor.application.backoffice.port.out.OrderCustomer;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.cart.CartLine;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Conversion through {@code cart_starts_started_idx}, abandoned carts through {@code carts_updated_idx} (V17);
 * a cart emptied by its checkout keeps its row without lines, so "with lines" is checked per cart.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcCartFiguresAdapter implements CartFiguresPort {

    private static final String CONVERSION = """
            SELECT COUNT(*) AS started, COUNT(checked_out_at) AS checked_out
              FROM cart_starts
             WHERE started_at >= ?""";
    private static final String IDLE = """
            FROM carts c
            WHERE c.updated_at < ? AND EXISTS (SELECT 1 FROM cart_lines l WHERE l.user_id = c.user_id)""";
    private static final String COUNT_ABANDONED = "SELECT COUNT(*) " + IDLE;
    private static final String ABANDONED = """
            SELECT c.user_id, c.updated_at, c.version, u.email, u.name, u.deleted_at,
                   l.product_id, l.quantity, l.added_at
              FROM (SELECT c.user_id, c.updated_at, c.version %s
                     ORDER BY c.updated_at DESC, c.user_id
                     LIMIT ?) c
              JOIN users u ON u.id = c.user_id
              JOIN cart_lines l ON l.user_id = c.user_id
             ORDER BY c.updated_at DESC, c.user_id, l.line_no""".formatted(IDLE);

    private final Jdbc jdbc;

    JdbcCartFiguresAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Conversion conversion(Instant since) {
        return jdbc.read(CONVERSION, statement -> setInstant(statement, 1, since), rows -> {
            rows.next();
            return new Conversion(rows.getLong("started"), rows.getLong("checked_out"));
        });
    }

    @Override
    public long countAbandoned(Instant idleBefore) {
        return jdbc.read(COUNT_ABANDONED, statement -> setInstant(statement, 1, idleBefore), rows -> {
            rows.next();
            return rows.getLong(1);
        });
    }

    @Override
    public List<IdleCart> abandoned(Instant idleBefore, int limit) {
        return jdbc.read(ABANDONED, statement -> {
            setInstant(statement, 1, idleBefore);
            statement.setInt(2, limit);
        }, rows -> {
            Map<UUID, Found> found = new LinkedHashMap<>();
            while (rows.next()) {
                UUID owner = uuid(rows, "user_id");
                Found cart = found.get(owner);
                if (cart == null) {
                    // a deleted account keeps a placeholder e-mail, which is no one's
                    boolean deleted = rows.getObject("deleted_at") != null;
                    cart = new Found(new OrderCustomer(owner, deleted ? null : rows.getString("email"),
                            deleted ? null : rows.getString("name")), instant(rows, "updated_at"),
                            rows.getLong("version"), new ArrayList<>());
                    found.put(owner, cart);
                }
                cart.lines().add(new CartLine(new ProductId(uuid(rows, "product_id")), rows.getInt("quantity"),
                        instant(rows, "added_at")));
            }
            return found.values().stream().map(f -> new IdleCart(
                    Cart.rehydrate(new UserId(f.customer().id()), f.lines(), f.updatedAt(), f.version()),
                    f.customer())).toList();
        });
    }

    private record Found(OrderCustomer customer, Instant updatedAt, long version, List<CartLine> lines) {
    }
}
