package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.cart.port.out.CartRepositoryPort;
import dev.conveyor.application.seller.port.out.SellerOrdersPort;
import dev.conveyor.application.seller.port.out.SellerOrdersPort.LineCounts;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.cart.Cart;
import dev.conveyor.domain.cart.CartLine;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

abstract class CartAndSellerAdaptersContract {

    @Inject CartRepositoryPort carts;
    @Inject SellerOrdersPort sellerOrders;
    @Inject OrderRepositoryPort orders;
    @Inject TransactionPort transactions;
    @Inject Fixtures fixtures;

    // ---- carts -----------------------------------------------------------------------------------

    @Test
    void aCartRoundTripsWithItsLinesInOrderAndEachSaveMovesItsVersionOn() {
        User customer = fixtures.user(Role.CUSTOMER);
        User seller = fixtures.user(Role.SELLER);
        Product mug = fixtures.product(seller, 10);
        Product tea = fixtures.product(seller, 10);
        assertTrue(carts.findByOwner(customer.id()).isEmpty());

        Cart cart = Cart.empty(customer.id(), NOW);
        cart.add(tea.id(), 2, NOW);
        cart.add(mug.id(), 1, NOW.plusSeconds(1));
        transactions.inTransaction(() -> carts.save(cart));

        Cart stored = carts.findByOwner(customer.id()).orElseThrow();
        assertEquals(1, stored.version());
        assertEquals(List.of(new CartLine(tea.id(), 2, NOW), new CartLine(mug.id(), 1, NOW.plusSeconds(1))),
                stored.lines());
        stored.remove(tea.id(), NOW.plusSeconds(2));
        carts.save(stored);
        Cart again = carts.findByOwner(customer.id()).orElseThrow();
        assertEquals(2, again.version());
        assertEquals(List.of(mug.id()), again.lines().stream().map(CartLine::productId).toList());
        assertEquals(NOW.plusSeconds(2), again.updatedAt());
    }

    @Test
    void anEmptiedCartIsStillThere() {
        User customer = fixtures.user(Role.CUSTOMER);
        Product mug = fixtures.product(fixtures.user(Role.SELLER), 10);
        Cart cart = Cart.empty(customer.id(), NOW);
        cart.add(mug.id(), 1, NOW);
        carts.save(cart);
        Cart stored = carts.findByOwner(customer.id()).orElseThrow();

        stored.clear(NOW);
        carts.save(stored);

        Cart empty = carts.findByOwner(customer.id()).orElseThrow();
        assertTrue(empty.isEmpty());
        assertEquals(2, empty.version());
    }

    @Test
    void aSaveBasedOnAStaleReadIsRefusedAndWritesNothing() {
        User customer = fixtures.user(Role.CUSTOMER);
        Product mug = fixtures.product(fixtures.user(Role.SELLER), 10);
        Product tea = fixtures.product(fixtures.user(Role.SELLER), 10);
        carts.save(Cart.empty(customer.id(), NOW));
        Cart first = carts.findByOwner(customer.id()).orElseThrow();
        Cart second = carts.findByOwner(customer.id()).orElseThrow();
        first.add(mug.id(), 1, NOW);
        carts.save(first);

        second.add(tea.id(), 1, NOW);
        assertThrows(ConcurrentModificationException.class, () -> carts.save(second));
        assertThrows(ConcurrentModificationException.class, () -> carts.save(Cart.empty(customer.id(), NOW)));

        assertEquals(List.of(mug.id()), carts.findByOwner(customer.id()).orElseThrow().lines().stream()
                .map(CartLine::productId).toList());
    }

    // ---- sellers' orders ---------------------------------------------------------------------------

    @Test
    void aSellerFindsTheOrdersHoldingTheirLinesNewestFirstWithEveryLine() {
        User seller = fixtures.user(Role.SELLER);
        User other = fixtures.user(Role.SELLER);
        User customer = fixtures.user(Role.CUSTOMER);
        Product mine = fixtures.product(seller, 10);
        Product theirs = fixtures.product(other, 10);
        Order mixed = fixtures.order(customer, NOW, mine, theirs);
        Order onlyTheirs = fixtures.order(customer, NOW.plusSeconds(1), theirs);
        Order newest = fixtures.order(customer, NOW.plusSeconds(2), mine, mine);

        Page<Order> page = sellerOrders.findBySeller(seller.id(), Set.of(), Set.of(), new PageRequest(0, 10));

        assertEquals(2, page.total());
        assertEquals(List.of(newest.id(), mixed.id()), page.items().stream().map(Order::id).toList());
        assertEquals(2, page.items().get(1).lines().size(), "all lines; cutting them down is the core's job");
        assertEquals(List.of(onlyTheirs.id(), mixed.id()), sellerOrders.findBySeller(other.id(), Set.of(), Set.of(),
                new PageRequest(0, 10)).items().stream().map(Order::id).toList());
        Page<Order> second = sellerOrders.findBySeller(seller.id(), Set.of(), Set.of(), new PageRequest(1, 1));
        assertEquals(List.of(mixed.id()), second.items().stream().map(Order::id).toList());
        assertEquals(2, second.total());
    }

    @Test
    void statusesAndStagesNarrowASellersOrdersAndLinesAreCountedPerStage() {
        User seller = fixtures.user(Role.SELLER);
        User other = fixtures.user(Role.SELLER);
        User customer = fixtures.user(Role.CUSTOMER);
        Product mine = fixtures.product(seller, 10);
        Product theirs = fixtures.product(other, 10);
        Order pending = fixtures.order(customer, NOW, mine, theirs);
        Order shipped = stored(fixtures.order(customer, NOW.plusSeconds(1), mine, mine), OrderStatus.PROCESSING,
                line -> line.lineNo() == 1 ? withQuantities(line, 1, 0, 0) : withQuantities(line, 0, 0, 0));
        Order delivered = stored(fixtures.order(customer, NOW.plusSeconds(2), mine, theirs), OrderStatus.PROCESSING,
                line -> withQuantities(line, 1, 1, 0));
        Order cancelled = stored(fixtures.order(customer, NOW.plusSeconds(3), mine), OrderStatus.CANCELLED,
                line -> withQuantities(line, 0, 0, 1));

        assertEquals(List.of(delivered.id(), shipped.id()), ids(sellerOrders.findBySeller(seller.id(),
                Set.of(OrderStatus.PROCESSING), Set.of(), new PageRequest(0, 10))));
        assertEquals(List.of(shipped.id()), ids(sellerOrders.findBySeller(seller.id(), Set.of(),
                Set.of(LineStage.SHIPPED), new PageRequest(0, 10))));
        assertEquals(List.of(cancelled.id(), shipped.id(), pending.id()), ids(sellerOrders.findBySeller(seller.id(),
                Set.of(), Set.of(LineStage.PENDING, LineStage.PROCESSING, LineStage.CANCELLED),
                new PageRequest(0, 10))));
        assertEquals(List.of(delivered.id()), ids(sellerOrders.findBySeller(seller.id(),
                Set.of(OrderStatus.PROCESSING), Set.of(LineStage.DELIVERED), new PageRequest(0, 10))));
        assertEquals(0, sellerOrders.findBySeller(seller.id(), Set.of(OrderStatus.COMPLETED), Set.of(),
                new PageRequest(0, 10)).total());

        LineCounts counts = sellerOrders.countLines(seller.id());
        assertEquals(4, counts.orders());
        assertEquals(Map.of(LineStage.PENDING, 1L, LineStage.SHIPPED, 1L, LineStage.PROCESSING, 1L,
                LineStage.DELIVERED, 1L, LineStage.CANCELLED, 1L), counts.lines());
        assertEquals(new LineCounts(2, Map.of(LineStage.PENDING, 1L, LineStage.DELIVERED, 1L)),
                sellerOrders.countLines(other.id()));
        assertEquals(new LineCounts(0, Map.of()), sellerOrders.countLines(fixtures.user(Role.SELLER).id()));
    }

    /** The order as it would be after deliveries: status and line quantities written through the repository. */
    private Order stored(Order placed, OrderStatus status, UnaryOperator<OrderLine> lines) {
        Order changed = Order.rehydrate(placed.id(), placed.number(), placed.customerId(),
                placed.lines().stream().map(lines).toList(), placed.shippingAddress(), placed.notes(), placed.price(),
                status, placed.paymentStatus(), placed.placedAt(), placed.cancellableUntil(), placed.confirmedAt(),
                placed.cancelledAt(), placed.cancellationReason(), placed.updatedAt(), placed.version());
        orders.update(changed);
        return changed;
    }

    private static OrderLine withQuantities(OrderLine line, int shipped, int delivered, int cancelled) {
        return new OrderLine(line.lineNo(), line.productId(), line.sku(), line.name(), line.unitPrice(),
                line.quantity(), line.sellerId(), shipped, delivered, cancelled);
    }

    private static List<OrderId> ids(Page<Order> page) {
        return page.items().stream().map(Order::id).toList();
    }
}
