package dev.conveyor.application.cart.service;

import dev.conveyor.application.cart.port.in.ReorderResult.Outcome;
import dev.conveyor.application.cart.port.in.ReorderResult;
import dev.conveyor.application.cart.port.in.ReorderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.ProductRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.application.shared.service.Retry;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Copies an old order into the cart at today's prices: per product the units
 * the order held, as far as the stock not already in the cart allows; what
 * does not fit is reported, not refused.
 */
final class ReorderService implements ReorderUseCase {

    private final OrderAccess access;
    private final ProductRepositoryPort products;
    private final CartEditor editor;
    private final CartViews views;
    private final TransactionPort transactions;
    private final Clock clock;

    ReorderService(OrderAccess access, ProductRepositoryPort products, CartEditor editor, CartViews views,
                   TransactionPort transactions, Clock clock) {
        this.access = access;
        this.products = products;
        this.editor = editor;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public ReorderResult reorder(Actor actor, OrderId orderId) {
        UserId owner = CartEditor.owner(actor);
        // a customer sees only their own orders: any other answers 404
        Order order = access.load(actor, orderId);
        Map<ProductId, OrderLine> firstLines = new LinkedHashMap<>();
        order.lines().forEach(line -> firstLines.putIfAbsent(line.productId(), line));
        Map<ProductId, Integer> ordered = order.quantitiesByProduct(OrderLine::quantity);
        Copy copy = Retry.onConcurrentModification(() -> transactions.inTransaction(() -> {
            Cart cart = editor.current(owner);
            boolean wasEmpty = cart.isEmpty();
            Map<ProductId, Product> current = products.findAllById(firstLines.keySet()).stream()
                    .collect(Collectors.toMap(Product::id, Function.identity()));
            Copy result = new Copy(cart, new ArrayList<>(), new ArrayList<>());
            Instant now = clock.instant();
            firstLines.forEach((productId, line) -> result.copy(line, ordered.get(productId),
                    current.get(productId), now));
            editor.save(cart, wasEmpty, now);
            return result;
        }));
        return new ReorderResult(views.of(copy.cart()), copy.added(), copy.notAdded());
    }

    private record Copy(Cart cart, List<ReorderResult.Line> added, List<ReorderResult.Line> notAdded) {

        void copy(OrderLine line, int requested, Product product, Instant now) {
            if (product == null || !product.isActive()) {
                notAdded.add(new ReorderResult.Line(line.productId(), line.sku().value(), line.name(), requested, 0,
                        Outcome.UNAVAILABLE));
                return;
            }
            int inCart = cart.quantityOf(product.id());
            int byStock = product.stock().available() - inCart;
            int byLimit = (inCart == 0 && cart.isFull()) ? 0 : Cart.MAX_QUANTITY_PER_LINE - inCart;
            int units = Math.max(0, Math.min(requested, Math.min(byStock, byLimit)));
            if (units > 0) {
                cart.add(product.id(), units, now);
            }
            Outcome outcome;
            if (units == requested) {
                outcome = Outcome.ADDED;
            } else if (byLimit < requested && byLimit <= byStock) {
                outcome = Outcome.CART_LIMIT;
            } else {
                outcome = units == 0 ? Outcome.OUT_OF_STOCK : Outcome.PARTIALLY_AVAILABLE;
            }
            ReorderResult.Line result = new ReorderResult.Line(product.id(), product.sku().value(),
                    product.details().name(), requested, units, outcome);
            (outcome == Outcome.ADDED ? added : notAdded).add(result);
        }
    }
}
