package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.usecases.UseCaseContract.runConcurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase.CancelLinesCommand;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase.CancelledLines;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase.Line;
import dev.conveyor.application.ordering.port.in.CancelOrderLinesUseCase;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changing a placed order (cancelling what remains of it) through the use
 * cases, the same on every persistence adapter (each subclass picks one).
 */
abstract class OrderChangesContract extends OrderFixture {

    @Inject ConfirmedOrders confirmedOrders;
    @Inject GetOrderQuery getOrder;
    @Inject CreateDeliveryUseCase createDelivery;
    @Inject ChangeDeliveryStatusUseCase changeDelivery;
    @Inject CancelOrderLinesUseCase cancelLines;
    @Inject RecordPaymentUseCase recordPayment;
    @Inject GetPaymentLedgerQuery ledger;

    Product plate;
    Product bowl;

    @BeforeEach
    void products() {
        plate = shop.product(seller, 10, 800, "EUR");
        bowl = shop.product(otherSeller, 10, 500, "EUR");
    }

    /** A confirmed order of 4 mugs (line 1), 2 plates (line 2) and 2 bowls of another seller (line 3): 76.00 EUR. */
    OrderId confirmedOrder() {
        return confirmedOrders.place(customer, new PlaceOrderCommand.Line(mug.id(), 4),
                new PlaceOrderCommand.Line(plate.id(), 2), new PlaceOrderCommand.Line(bowl.id(), 2));
    }

    DeliveryView deliver(OrderId order, Map<Integer, Integer> quantities) {
        List<CreateDeliveryUseCase.Line> lines = quantities.entrySet().stream()
                .map(e -> new CreateDeliveryUseCase.Line(e.getKey(), e.getValue())).toList();
        return createDelivery.create(staff, order, new CreateDeliveryCommand(lines, "DHL", null), null).delivery();
    }

    void move(DeliveryView delivery, DeliveryStatus status) {
        changeDelivery.changeStatus(staff, new DeliveryId(delivery.id()),
                new ChangeDeliveryStatusCommand(status, null, null, null));
    }

    CancelledLines cancel(Actor actor, OrderId order, Map<Integer, Integer> quantities) {
        List<Line> lines = quantities.entrySet().stream().map(e -> new Line(e.getKey(), e.getValue())).toList();
        return cancelLines.cancelLines(actor, order, new CancelLinesCommand(lines, "supplier out of stock"), null);
    }

    @Test
    void staffCancelPartOfWhatRemainsOfAPartlyShippedOrderAndItsStockIsReleased() {
        OrderId order = confirmedOrder();
        move(deliver(order, Map.of(1, 2)), DeliveryStatus.SHIPPED);
        Stock mugsBefore = stockOf(mug);

        OrderView after = cancel(staff, order, Map.of(1, 1, 2, 2)).order();

        assertEquals(OrderStatus.PROCESSING, after.status());
        assertEquals(List.of(1, 2, 0), after.lines().stream().map(l -> l.cancelled()).toList());
        assertEquals(List.of(1, 0, 2), after.lines().stream().map(l -> l.remaining()).toList());
        assertEquals(new Stock(mugsBefore.onHand(), mugsBefore.reserved() - 1), stockOf(mug));
        assertEquals(new Stock(10, 0), stockOf(plate));
        assertEquals(eur(7600 - 1250 - 1600), ledger.ledger(staff, order).due());
    }

    @Test
    void unitsInADeliveryThatHasNotShippedAreNotRemainingAndNothingChanges() {
        OrderId order = confirmedOrder();
        deliver(order, Map.of(1, 3));

        ConflictException refused = assertThrows(ConflictException.class, () -> cancel(staff, order, Map.of(1, 2)));

        assertEquals("QUANTITY_EXCEEDS_REMAINING", refused.code());
        assertTrue(refused.getMessage().contains("line 1"), refused.getMessage());
        assertEquals(0, getOrder.get(staff, order).lines().get(0).cancelled());
        assertEquals(new Stock(10, 4), stockOf(mug));
    }

    @Test
    void cancellingAllThatRemainsOfAnUnshippedOrderCancelsIt() {
        OrderId order = confirmedOrder();

        OrderView after = cancelLines.cancelLines(staff, order, new CancelLinesCommand(List.of(), null), null)
                .order();

        assertEquals(OrderStatus.CANCELLED, after.status());
        assertEquals(new Stock(10, 0), stockOf(mug));
        assertEquals(new Stock(10, 0), stockOf(bowl));
        ConflictException again = assertThrows(ConflictException.class, () -> cancel(staff, order, Map.of(1, 1)));
        assertEquals("ORDER_CLOSED", again.code());
    }

    @Test
    void cancellingWhatRemainsOfADeliveredAndPaidOrderCompletesIt() {
        OrderId order = confirmedOrder();
        DeliveryView delivery = deliver(order, Map.of(1, 4, 2, 2));
        move(delivery, DeliveryStatus.SHIPPED);
        move(delivery, DeliveryStatus.DELIVERED);
        recordPayment.record(staff, order, new RecordPaymentCommand(PaymentMethod.CASH, eur(6600), null, null, null),
                null);
        assertEquals(PaymentStatus.PARTIALLY_PAID, getOrder.get(staff, order).paymentStatus());

        OrderView after = cancel(staff, order, Map.of(3, 2)).order();

        assertEquals(PaymentStatus.PAID, after.paymentStatus());
        assertEquals(OrderStatus.COMPLETED, after.status());
        assertEquals(new Stock(10, 0), stockOf(bowl));
    }

    @Test
    void cancellingLinesOfAPaidOrderOffersTheDifferenceAsARefundNeverMakesIt() {
        OrderId order = confirmedOrder();
        recordPayment.record(staff, order, new RecordPaymentCommand(PaymentMethod.CASH, eur(7600), null, null, null),
                null);

        cancel(staff, order, Map.of(2, 1));

        var after = ledger.ledger(staff, order);
        assertEquals(eur(7600 - 800), after.due());
        assertEquals(eur(-800), after.balance());
        assertEquals(eur(0), after.refunded());
        assertEquals(1, after.entries().size());
        assertEquals(PaymentStatus.PAID, getOrder.get(staff, order).paymentStatus());
    }

    @Test
    void aSellerCancelsOnlyTheirOwnLines() {
        OrderId order = confirmedOrder();

        assertThrows(ForbiddenException.class, () -> cancel(seller, order, Map.of(3, 1)));
        OrderView own = cancelLines.cancelLines(seller, order, new CancelLinesCommand(List.of(), null), null)
                .order();

        assertTrue(own.partial());
        assertEquals(List.of(4, 2), own.lines().stream().map(l -> l.cancelled()).toList());
        OrderView whole = getOrder.get(staff, order);
        assertEquals(OrderStatus.CONFIRMED, whole.status());
        assertEquals(2, whole.lines().get(2).remaining());
        assertEquals(new Stock(10, 2), stockOf(bowl));
    }

    @Test
    void customersCannotAndStrangersDoNotSeeTheOrder() {
        OrderId order = confirmedOrder();
        Actor stranger = shop.user(Role.SELLER);

        assertThrows(ForbiddenException.class, () -> cancel(customer, order, Map.of(1, 1)));
        assertThrows(NotFoundException.class, () -> cancel(shop.customer(), order, Map.of(1, 1)));
        assertThrows(NotFoundException.class, () -> cancel(stranger, order, Map.of(1, 1)));
        assertEquals(new Stock(10, 4), stockOf(mug));
    }

    @Test
    void aRetryWithTheSameKeyCancelsNothingMore() {
        OrderId order = confirmedOrder();
        IdempotencyKey key = new IdempotencyKey("cancel-" + UUID.randomUUID());
        CancelLinesCommand command = new CancelLinesCommand(List.of(new Line(1, 1)), null);

        assertFalse(cancelLines.cancelLines(staff, order, command, key).replayed());
        CancelledLines retry = cancelLines.cancelLines(staff, order, command, key);

        assertTrue(retry.replayed());
        assertEquals(1, retry.order().lines().get(0).cancelled());
        assertEquals(new Stock(10, 3), stockOf(mug));
    }

    @Test
    void concurrentCancellationsNeverCancelMoreThanRemains() throws Exception {
        OrderId order = confirmedOrder();

        List<Object> outcomes = runConcurrently(8, () -> cancel(staff, order, Map.of(1, 1)));

        assertEquals(4, outcomes.stream().filter(CancelledLines.class::isInstance).count(), outcomes::toString);
        assertEquals(4, outcomes.stream().filter(o -> o instanceof ConflictException e
                && e.code().equals("QUANTITY_EXCEEDS_REMAINING")).count(), outcomes::toString);
        assertEquals(4, getOrder.get(staff, order).lines().get(0).cancelled());
        assertEquals(new Stock(10, 0), stockOf(mug));
    }
}
