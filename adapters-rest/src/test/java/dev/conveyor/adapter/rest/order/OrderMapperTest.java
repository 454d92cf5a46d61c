package dev.conveyor.adapter.rest.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.rest.Fixtures;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.LineStage;
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
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderMapperTest {

    private final OrderMapper mapper = new OrderMapperImpl();

    @Test
    void everyPartOfAnOrderViewReachesTheResponse() {
        UserId customer = UserId.newId();
        ProductId product = ProductId.newId();
        OrderLine line = new OrderLine(1, product, new Sku("MUG-1"), "Mug", Money.of(1299, "EUR"), 5, Fixtures.SELLER,
                3, 1, 1);
        Instant confirmed = Fixtures.NOW.plusSeconds(60);
        Order order = Order.rehydrate(OrderId.newId(), new OrderNumber("ORD-2026-000007"), customer, List.of(line),
                Fixtures.address(), "notes", ListPrices.of(List.of(new OrderItem(product, line.sku(), line.name(),
                        line.unitPrice(), line.sellerId(), line.quantity()))), OrderStatus.PROCESSING,
                PaymentStatus.PARTIALLY_PAID,
                Fixtures.NOW, Fixtures.NOW.plusSeconds(60), confirmed, null, null, confirmed, 4);
        // paid 1,000 of what is due: the rest is owed, nothing is refundable
        OrderView view = OrderView.full(order, EnumSet.of(OrderStatus.CANCELLED, OrderStatus.COMPLETED),
                order.amountDue().minus(Money.of(1000, "EUR")));

        OrderResponse response = mapper.toResponse(view);

        assertEquals(view.id(), response.id());
        assertEquals("ORD-2026-000007", response.number());
        assertEquals(customer.value(), response.customerId());
        assertEquals(OrderStatus.PROCESSING, response.status());
        assertEquals(FulfillmentStatus.PARTIALLY_DELIVERED, response.fulfillmentStatus());
        assertEquals(PaymentStatus.PARTIALLY_PAID, response.paymentStatus());
        assertEquals(25, response.progress());
        assertEquals(new MoneyResponse(6495, "EUR"), response.total());
        assertEquals(6495, response.price().totals().gross());
        assertEquals(List.of(), response.price().taxes().stream().filter(t -> t.tax() != 0).toList());
        assertEquals(false, response.partial());
        assertEquals(new AddressResponse("Ann", "1 Main St", null, "Lyon", null, "69001", "FR"),
                response.shippingAddress());
        assertEquals("notes", response.notes());
        assertEquals(Fixtures.NOW, response.placedAt());
        assertEquals(Fixtures.NOW.plusSeconds(60), response.cancellableUntil());
        assertEquals(confirmed, response.confirmedAt());
        assertNull(response.cancelledAt());
        assertNull(response.cancellationReason());
        assertEquals(4, response.version());
        assertEquals(List.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED), response.allowedTransitions());
        assertEquals(new MoneyResponse(order.amountDue().amountMinor() - 1000, "EUR"), response.balanceDue());
        assertEquals(new MoneyResponse(0, "EUR"), response.refundable());
        assertEquals(List.of(new OrderResponse.OrderLineResponse(1, product.value(), "MUG-1", "Mug",
                new MoneyResponse(1299, "EUR"), 5, Fixtures.SELLER.value(), 3, 1, 1, 1, LineStage.PROCESSING)),
                response.lines());
    }

    @Test
    void aSellersViewIsMarkedPartial() {
        OrderView view = Fixtures.order(UserId.newId(), List.of(ProductId.newId()), 1);
        OrderView sellers = new OrderView(view.id(), view.number(), view.customerId(), view.status(),
                view.fulfillmentStatus(), view.paymentStatus(), view.progress(), view.lines(), view.total(), view.price(), true,
                view.shippingAddress(), view.notes(), view.placedAt(), view.cancellableUntil(), view.confirmedAt(),
                view.cancelledAt(), view.cancellationReason(), view.updatedAt(), view.version(), EnumSet.noneOf(
                OrderStatus.class), null, null);

        OrderResponse response = mapper.toResponse(sellers);

        assertTrue(response.partial());
        assertEquals(List.of(), response.allowedTransitions());
        assertNull(response.balanceDue());
        assertNull(response.refundable());
    }
}
