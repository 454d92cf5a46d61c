package dev.conveyor.domain.cart;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's one cart: which products, how many, in the order they were
 * added. It holds no prices; whoever shows it reads today's prices and stock.
 * Its limits are an order's, so a cart can always become one order.
 */
public final class Cart {

    public static final int MAX_LINES = Order.MAX_LINES;
    public static final int MAX_QUANTITY_PER_LINE = Order.MAX_QUANTITY_PER_LINE;

    private final UserId ownerId;
    private final List<CartLine> lines;
    private Instant updatedAt;
    private final long version;

    private Cart(UserId ownerId, List<CartLine> lines, Instant updatedAt, long version) {
        this.ownerId = Objects.requireNonNull(ownerId);
        this.lines = new ArrayList<>(lines);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** A cart nobody stored yet; {@link #version()} 0 says so. */
    public static Cart empty(UserId ownerId, Instant now) {
        return new Cart(ownerId, List.of(), now, 0);
    }

    public static Cart rehydrate(UserId ownerId, List<CartLine> lines, Instant updatedAt, long version) {
        return new Cart(ownerId, lines, updatedAt, version);
    }

    /** Adds units of a product: to its line if there is one, else as a new last line. */
    public void add(ProductId productId, int quantity, Instant now) {
        Check.range("quantity", quantity, 1, MAX_QUANTITY_PER_LINE);
        Optional<CartLine> existing = line(productId);
        if (existing.isPresent()) {
            int total = existing.get().quantity() + quantity;
            if (total > MAX_QUANTITY_PER_LINE) {
                throw new InvalidInputException("quantity", "the cart already holds " + existing.get().quantity()
                        + " of product " + productId + "; a line holds at most " + MAX_QUANTITY_PER_LINE);
            }
            replace(existing.get(), existing.get().withQuantity(total));
        } else {
            if (lines.size() >= MAX_LINES) {
                throw new ConflictException("CART_FULL", "a cart holds at most " + MAX_LINES + " products");
            }
            lines.add(new CartLine(productId, quantity, now));
        }
        updatedAt = now;
    }

    public void changeQuantity(ProductId productId, int quantity, Instant now) {
        Check.range("quantity", quantity, 1, MAX_QUANTITY_PER_LINE);
        CartLine line = line(productId).orElseThrow(() -> lineNotFound(productId));
        replace(line, line.withQuantity(quantity));
        updatedAt = now;
    }

    public void remove(ProductId productId, Instant now) {
        lines.remove(line(productId).orElseThrow(() -> lineNotFound(productId)));
        updatedAt = now;
    }

    public void clear(Instant now) {
        lines.clear();
        updatedAt = now;
    }

    /** Units of the product in the cart, 0 when it holds none. */
    public int quantityOf(ProductId productId) {
        return line(productId).map(CartLine::quantity).orElse(0);
    }

    public boolean isFull() {
        return lines.size() >= MAX_LINES;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    private Optional<CartLine> line(ProductId productId) {
        return lines.stream().filter(l -> l.productId().equals(productId)).findFirst();
    }

    private void replace(CartLine old, CartLine updated) {
        lines.set(lines.indexOf(old), updated);
    }

    private static NotFoundException lineNotFound(ProductId productId) {
        return new NotFoundException("CART_LINE_NOT_FOUND", "the cart holds no product " + productId);
    }

    public UserId ownerId() {
        return ownerId;
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The version read from storage, 0 for a cart never stored; saving checks that nobody changed it meanwhile. */
    public long version() {
        return version;
    }
}
