package dev.conveyor.adapter.rest.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.conveyor.adapter.rest.Fixtures;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.order.OrderNumber;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import dev.conveyor.testsupport.ListPrices;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The encoded bodies of order reads: one encoding per distinct view, the server mapper's bytes. */
@MicronautTest
class OrderBodiesTest {

    private static final UserId CUSTOMER = UserId.newId();
    private static final UserId OTHER_SELLER = UserId.newId();
    private static final OrderId ID = OrderId.newId();
    private static final ProductId MUG = ProductId.newId();
    private static final ProductId CUP = ProductId.newId();

    @Inject OrderBodies bodies;
    @Inject OrderMapper mapper;
    @Inject JsonMapper json;

    /** The same order as loaded afresh (new objects, equal values), at {@code version}. */
    private static Order order(long version) {
        List<OrderLine> lines = List.of(
                new OrderLine(1, MUG, new Sku("MUG-1"), "Mug", Money.of(1299, "EUR"), 2, Fixtures.SELLER,
                        0, 0, 0),
                new OrderLine(2, CUP, new Sku("CUP-1"), "Cup", Money.of(499, "EUR"), 1, OTHER_SELLER,
                        0, 0, 0));
        return order(lines, version);
    }

    private static Order order(List<OrderLine> lines, long version) {
        List<OrderItem> items = lines.stream().map(line -> new OrderItem(line.productId(), line.sku(), line.name(),
                line.unitPrice(), line.sellerId(), line.quantity())).toList();
        return Order.rehydrate(ID, new OrderNumber("ORD-2026-000042"), CUSTOMER, lines, Fixtures.address(), "notes",
                ListPrices.of(items), OrderStatus.PENDING, PaymentStatus.UNPAID, Fixtures.NOW,
                Fixtures.NOW.plusSeconds(60), null, null, null, Fixtures.NOW, version);
    }

    private static Order copy(Order order) {
        return order(order.lines().stream().map(line -> new OrderLine(line.lineNo(), new ProductId(
                line.productId().value()), new Sku(line.sku().value()), line.name(), Money.of(
                line.unitPrice().amountMinor(), line.unitPrice().currency()), line.quantity(), line.sellerId(),
                line.shipped(), line.delivered(), line.cancelled())).toList(), order.version());
    }

    private byte[] fresh(OrderView view) throws IOException {
        return json.writeValueAsBytes(Argument.of(OrderResponse.class), mapper.toResponse(view));
    }

    @Test
    void anEqualViewGetsTheBytesEncodedForTheFirstWhichAreTheMappersOwn() throws IOException {
        Order order = order(4);
        OrderView view = OrderView.full(order, EnumSet.of(OrderStatus.CANCELLED), order.amountDue());
        OrderView again = OrderView.full(copy(order), EnumSet.of(OrderStatus.CANCELLED), order.amountDue());

        byte[] first = bodies.of(view);

        assertSame(first, bodies.of(again));
        assertArrayEquals(fresh(view), first);
    }

    @Test
    void aViewThatDiffersInAnythingTheBodyShowsGetsABodyOfItsOwn() throws IOException {
        Order order = order(4);
        Money due = order.amountDue();
        OrderView customer = OrderView.full(order, EnumSet.of(OrderStatus.CANCELLED), due);
        Map<String, OrderView> others = Map.of(
                "the window closed", OrderView.full(order, EnumSet.noneOf(OrderStatus.class), due),
                "the back office", OrderView.full(order, EnumSet.of(OrderStatus.CANCELLED, OrderStatus.PROCESSING), due),
                "paid in part", OrderView.full(order, EnumSet.of(OrderStatus.CANCELLED), due.minus(Money.of(100, "EUR"))),
                "the next version", OrderView.full(order(5), EnumSet.of(OrderStatus.CANCELLED), due),
                "a seller", OrderView.forSeller(order, Fixtures.SELLER, EnumSet.noneOf(OrderStatus.class)),
                "another seller", OrderView.forSeller(order, OTHER_SELLER, EnumSet.noneOf(OrderStatus.class)));
        byte[] customers = bodies.of(customer);

        for (Map.Entry<String, OrderView> other : others.entrySet()) {
            byte[] body = bodies.of(other.getValue());
            assertArrayEquals(fresh(other.getValue()), body, other.getKey());
            assertFalse(Arrays.equals(customers, body), other.getKey());
        }
        assertArrayEquals(fresh(customer), bodies.of(customer));
    }
}
