package dev.conveyor.adapter.persistence.cart;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.cart.port.out.CartRepositoryPort;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.cart.CartLine;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A cart is one {@code carts} row and its {@code cart_lines}; saving rewrites
 * the lines after a version-checked update of the cart row, which holds that
 * row's lock until the transaction ends, so two saves of one cart never mix
 * their lines.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcCartRepositoryAdapter implements CartRepositoryPort {

    private static final String FIND = """
            SELECT c.updated_at, c.version, l.line_no, l.product_id, l.quantity, l.added_at
              FROM carts c LEFT JOIN cart_lines l ON l.user_id = c.user_id
             WHERE c.user_id = ?
             ORDER BY l.line_no""";
    private static final String INSERT_CART = """
            INSERT INTO carts (user_id, updated_at, version) VALUES (?, ?, 1) ON CONFLICT DO NOTHING""";
    private static final String UPDATE_CART = """
            UPDATE carts SET updated_at = ?, version = version + 1 WHERE user_id = ? AND version = ?""";
    private static final String DELETE_LINES = "DELETE FROM cart_lines WHERE user_id = ?";
    private static final String INSERT_LINE = """
            INSERT INTO cart_lines (user_id, line_no, product_id, quantity, added_at) VALUES (?, ?, ?, ?, ?)""";

    private final Jdbc jdbc;

    JdbcCartRepositoryAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Cart> findByOwner(UserId ownerId) {
        return jdbc.read(FIND, statement -> statement.setObject(1, ownerId.value()), rows -> {
            Instant updatedAt = null;
            long version = 0;
            List<CartLine> lines = new ArrayList<>();
            while (rows.next()) {
                updatedAt = instant(rows, "updated_at");
                version = rows.getLong("version");
                if (rows.getObject("line_no") != null) {
                    lines.add(new CartLine(new ProductId(uuid(rows, "product_id")), rows.getInt("quantity"),
                            instant(rows, "added_at")));
                }
            }
            return updatedAt == null ? Optional.empty() : Optional.of(Cart.rehydrate(ownerId, lines, updatedAt,
                    version));
        });
    }

    @Override
    public void save(Cart cart) {
        boolean saved = cart.version() == 0
                ? jdbc.update(INSERT_CART, statement -> {
                    statement.setObject(1, cart.ownerId().value());
                    setInstant(statement, 2, cart.updatedAt());
                }) == 1
                : jdbc.update(UPDATE_CART, statement -> {
                    setInstant(statement, 1, cart.updatedAt());
                    statement.setObject(2, cart.ownerId().value());
                    statement.setLong(3, cart.version());
                }) == 1;
        if (!saved) {
            throw new ConcurrentModificationException("cart", cart.ownerId());
        }
        jdbc.update(DELETE_LINES, statement -> statement.setObject(1, cart.ownerId().value()));
        List<CartLine> lines = cart.lines();
        List<Integer> positions = IntStream.range(0, lines.size()).boxed().toList();
        jdbc.batch(INSERT_LINE, positions, (statement, i) -> {
            CartLine line = lines.get(i);
            statement.setObject(1, cart.ownerId().value());
            statement.setInt(2, i + 1);
            statement.setObject(3, line.productId().value());
            statement.setInt(4, line.quantity());
            setInstant(statement, 5, line.addedAt());
        });
    }
}
