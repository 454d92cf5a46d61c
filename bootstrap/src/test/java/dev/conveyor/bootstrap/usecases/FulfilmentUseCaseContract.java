package dev.conveyor.bootstrap.usecases;

import static dev.conveyor.bootstrap.usecases.UseCaseContract.runConcurrently;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreatedDelivery;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.DeliveryView;
import dev.conveyor.application.fulfilment.port.in.GenerateInvoiceUseCase;
import dev.conveyor.application.fulfilment.port.in.GetDeliveryQuery;
import dev.conveyor.application.fulfilment.port.in.GetInvoiceQuery;
import dev.conveyor.application.fulfilment.port.in.GetOrderProgressQuery;
import dev.conveyor.application.fulfilment.port.in.GetOrderRemainingQuery.LineRemaining;
import dev.conveyor.application.fulfilment.port.in.GetOrderRemainingQuery;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.fulfilment.port.in.ListDeliveriesQuery;
import dev.conveyor.application.fulfilment.port.in.ListInvoicesQuery;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase.Shortcut;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase;
import dev.conveyor.application.fulfilment.port.in.VoidInvoiceUseCase;
import dev.conveyor.application.ordering.port.in.CancelOrderUseCase;
import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.ordering.port.in.GetOrderQuery;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery.LedgerView;
import dev.conveyor.application.payments.port.in.GetPaymentLedgerQuery;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordedPayment;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase.RefundCommand;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase;
import dev.conveyor.application.payments.port.in.StartCardPaymentUseCase;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.UnprocessableException;
import dev.conveyor.bootstrap.support.Shop;
import dev.conveyor.bootstrap.support.TestClock;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.delivery.InvalidDeliveryTransitionException;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.invoice.InvoiceStatus;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.ForbiddenException;
import dev.conveyor.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries, invoices and payments through the use cases, the same on every
 * persistence adapter (each concrete subclass picks one).
 */
abstract class FulfilmentUseCaseContract extends OrderFixture {

    @Inject TestClock clock;
    @Inject PlaceOrderUseCase placeOrder;
    @Inject ConfirmDueOrdersUseCase confirmDueOrders;
    @Inject ConfirmedOrders confirmedOrders;
    @Inject GetOrderQuery getOrder;
    @Inject CancelOrderUseCase cancelOrder;
    @Inject CreateDeliveryUseCase createDelivery;
    @Inject ChangeDeliveryStatusUseCase changeDelivery;
    @Inject GetDeliveryQuery getDelivery;
    @Inject ListDeliveriesQuery listDeliveries;
    @Inject GetOrderRemainingQuery remaining;
    @Inject GetOrderProgressQuery progress;
    @Inject StatusShortcutUseCase shortcut;
    @Inject GenerateInvoiceUseCase generateInvoice;
    @Inject GetInvoiceQuery getInvoice;
    @Inject ListInvoicesQuery listInvoices;
    @Inject VoidInvoiceUseCase voidInvoice;
    @Inject RecordPaymentUseCase recordPayment;
    @Inject RefundPaymentUseCase refundPayment;
    @Inject GetPaymentLedgerQuery ledger;
    @Inject StartCardPaymentUseCase startCardPayment;

    Product plate;

    @BeforeEach
    void products() {
        plate = shop.product(seller, 10, 800, "EUR");
    }

    /** A confirmed order of 4 mugs (line 1) and 2 plates (line 2): 66.00 EUR. */
    OrderId confirmedOrder() {
        return confirmedOrders.place(customer, new PlaceOrderCommand.Line(mug.id(), 4),
                new PlaceOrderCommand.Line(plate.id(), 2));
    }

    DeliveryView deliver(OrderId order, Map<Integer, Integer> quantities) {
        List<CreateDeliveryUseCase.Line> lines = quantities.entrySet().stream()
                .map(e -> new CreateDeliveryUseCase.Line(e.getKey(), e.getValue())).toList();
        return createDelivery.create(staff, order, new CreateDeliveryCommand(lines, "DHL", null), null).delivery();
    }

    DeliveryView move(DeliveryView delivery, DeliveryStatus status) {
        return changeDelivery.changeStatus(staff, new DeliveryId(delivery.id()),
                new ChangeDeliveryStatusCommand(status, null, null, null));
    }

    @Test
    void partialDeliveriesMoveTheOrderAndConsumeStockWhenTheyShip() {
        OrderId order = confirmedOrder();

        DeliveryView first = deliver(order, Map.of(1, 3));
        assertEquals(DeliveryStatus.PENDING, first.status());
        assertTrue(first.number().startsWith("DLV-2026-"), first.number());
        assertEquals(OrderStatus.PROCESSING, getOrder.get(staff, order).status());
        LineRemaining mugLine = remaining.remaining(customer, order).lines().get(0);
        assertEquals(List.of(4, 3, 0, 1), List.of(mugLine.total(), mugLine.allocated(), mugLine.shipped(),
                mugLine.remaining()));
        assertEquals(new Stock(10, 4), stockOf(mug));

        move(first, DeliveryStatus.SHIPPED);
        assertEquals(new Stock(7, 1), stockOf(mug));
        assertEquals(FulfillmentStatus.PARTIALLY_SHIPPED, progress.progress(customer, order).fulfillmentStatus());

        move(first, DeliveryStatus.DELIVERED);
        var halfway = progress.progress(customer, order);
        assertEquals(FulfillmentStatus.PARTIALLY_DELIVERED, halfway.fulfillmentStatus());
        assertEquals(50, halfway.progress());

        DeliveryView rest = createDelivery.create(staff, order, new CreateDeliveryCommand(List.of(), null, null), null)
                .delivery();
        assertEquals(Map.of(1, 1, 2, 2), Map.of(rest.lines().get(0).lineNo(), rest.lines().get(0).quantity(),
                rest.lines().get(1).lineNo(), rest.lines().get(1).quantity()));
        move(move(rest, DeliveryStatus.SHIPPED), DeliveryStatus.DELIVERED);

        OrderView done = getOrder.get(customer, order);
        assertEquals(FulfillmentStatus.DELIVERED, done.fulfillmentStatus());
        assertEquals(100, done.progress());
        assertEquals(OrderStatus.PROCESSING, done.status(), "delivered, not paid");
        assertEquals(new Stock(6, 0), stockOf(mug));
        assertEquals(new Stock(8, 0), stockOf(plate));
        assertEquals(2, listDeliveries.list(customer, order).size());
        assertEquals("NOTHING_REMAINING", assertThrows(ConflictException.class, () -> createDelivery.create(staff,
                order, new CreateDeliveryCommand(List.of(), null, null), null)).code());
    }

    @Test
    void neverMoreThanRemainsIsDeliveredAndStatusesFollowTheStateMachine() {
        OrderId order = confirmedOrder();
        deliver(order, Map.of(1, 3));

        assertEquals("QUANTITY_EXCEEDS_REMAINING", assertThrows(ConflictException.class,
                () -> deliver(order, Map.of(1, 2))).code());
        DeliveryView pending = listDeliveries.list(staff, order).get(0);
        InvalidDeliveryTransitionException e = assertThrows(InvalidDeliveryTransitionException.class,
                () -> move(pending, DeliveryStatus.DELIVERED));
        assertEquals(List.of(DeliveryStatus.SHIPPED, DeliveryStatus.CANCELLED), e.allowed());
    }

    @Test
    void aPendingOrderIsNotDeliveredYet() {
        OrderId pending = new OrderId(placeOrder.place(customer, Shop.order(mug.id(), 1), null).order().id());

        assertEquals("ORDER_NOT_CONFIRMED", assertThrows(ConflictException.class,
                () -> deliver(pending, Map.of(1, 1))).code());
    }

    @Test
    void aCancelledOrAFailedDeliveryGivesItsUnitsBack() {
        OrderId order = confirmedOrder();
        DeliveryView cancelled = move(deliver(order, Map.of(1, 4)), DeliveryStatus.CANCELLED);
        assertEquals(4, remaining.remaining(staff, order).lines().get(0).remaining());
        assertEquals(DeliveryStatus.CANCELLED, cancelled.status());

        DeliveryView failed = move(deliver(order, Map.of(1, 4)), DeliveryStatus.SHIPPED);
        InvoiceView invoice = generateInvoice.generate(staff, new DeliveryId(failed.id()), null).invoice();
        move(failed, DeliveryStatus.FAILED);

        assertEquals(4, remaining.remaining(staff, order).lines().get(0).remaining());
        assertEquals(new Stock(10, 4), stockOf(mug), "the goods came back, still reserved");
        assertEquals(InvoiceStatus.VOID, getInvoice.get(staff, new InvoiceId(invoice.id())).status());
        assertEquals(FulfillmentStatus.UNFULFILLED, getOrder.get(staff, order).fulfillmentStatus());
    }

    @Test
    void sellersDeliverAndSeeOnlyTheirOwnLines() {
        Product vase = shop.product(otherSeller, 5, 3000, "EUR");
        OrderId order = new OrderId(placeOrder.place(customer, Shop.order(List.of(
                new PlaceOrderCommand.Line(mug.id(), 2), new PlaceOrderCommand.Line(vase.id(), 1))), null).order().id());
        clock.advance(UseCaseContract.WINDOW);
        confirmDueOrders.confirmDueOrders();

        assertThrows(ForbiddenException.class, () -> createDelivery.create(seller, order,
                new CreateDeliveryCommand(List.of(new CreateDeliveryUseCase.Line(2, 1)), null, null), null));
        DeliveryView own = createDelivery.create(seller, order, new CreateDeliveryCommand(List.of(), null, null), null)
                .delivery();
        assertEquals(List.of(1), own.lines().stream().map(l -> l.lineNo()).toList());
        assertThrows(NotFoundException.class, () -> getDelivery.get(otherSeller, new DeliveryId(own.id())));
        assertEquals(List.of(), listDeliveries.list(otherSeller, order));
        assertEquals(1, remaining.remaining(otherSeller, order).lines().size());
        assertThrows(NotFoundException.class, () -> changeDelivery.changeStatus(otherSeller,
                new DeliveryId(own.id()), new ChangeDeliveryStatusCommand(DeliveryStatus.SHIPPED, null, null, null)));
        OrderId both = new OrderId(placeOrder.place(customer, Shop.order(List.of(
                new PlaceOrderCommand.Line(mug.id(), 1), new PlaceOrderCommand.Line(vase.id(), 1))), null).order().id());
        clock.advance(UseCaseContract.WINDOW);
        confirmDueOrders.confirmDueOrders();
        DeliveryView mixed = deliver(both, Map.of(1, 1, 2, 1));
        DeliveryView asSeen = getDelivery.get(seller, new DeliveryId(mixed.id()));
        assertTrue(asSeen.partial());
        assertEquals(1, asSeen.lines().size());
        assertEquals(Set.of(), asSeen.allowedTransitions());
        assertThrows(ForbiddenException.class, () -> changeDelivery.changeStatus(seller, new DeliveryId(mixed.id()),
                new ChangeDeliveryStatusCommand(DeliveryStatus.SHIPPED, null, null, null)));
        assertThrows(ForbiddenException.class, () -> createDelivery.create(customer, order,
                new CreateDeliveryCommand(List.of(), null, null), null));
        assertThrows(NotFoundException.class, () -> listDeliveries.list(shop.customer(), order));
    }

    @Test
    void theStatusShortcutShipsAndDeliversEverythingRemainingInOneDelivery() {
        OrderId order = confirmedOrder();
        deliver(order, Map.of(1, 1));

        OrderView shipped = shortcut.apply(staff, order, Shortcut.SHIPPED);
        assertEquals(FulfillmentStatus.SHIPPED, shipped.fulfillmentStatus());
        assertEquals(new Stock(6, 0), stockOf(mug));
        assertEquals(List.of(DeliveryStatus.SHIPPED, DeliveryStatus.SHIPPED),
                listDeliveries.list(staff, order).stream().map(DeliveryView::status).toList());

        OrderView delivered = shortcut.apply(staff, order, Shortcut.DELIVERED);
        assertEquals(FulfillmentStatus.DELIVERED, delivered.fulfillmentStatus());
        assertEquals(100, delivered.progress());
        assertEquals(FulfillmentStatus.DELIVERED, shortcut.apply(staff, order, Shortcut.DELIVERED)
                .fulfillmentStatus(), "nothing left to do is no error");
        assertThrows(ForbiddenException.class, () -> shortcut.apply(customer, order, Shortcut.SHIPPED));
    }

    @Test
    void aDeliveryIsInvoicedOnceAtTheCopiedPrices() {
        OrderId order = confirmedOrder();
        DeliveryView pending = deliver(order, Map.of(1, 2, 2, 1));
        assertEquals("DELIVERY_NOT_INVOICEABLE", assertThrows(ConflictException.class,
                () -> generateInvoice.generate(staff, new DeliveryId(pending.id()), null)).code());
        move(pending, DeliveryStatus.SHIPPED);

        var first = generateInvoice.generate(staff, new DeliveryId(pending.id()), null);
        var second = generateInvoice.generate(staff, new DeliveryId(pending.id()), null);

        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.invoice().id(), second.invoice().id());
        assertTrue(first.invoice().number().matches("INV-2026-\\d{6}"), first.invoice().number());
        assertEquals(eur(2 * 1250 + 800), first.invoice().total());
        assertEquals(InvoiceStatus.ISSUED, first.invoice().status());
        assertEquals("London", first.invoice().billTo().city());
        assertEquals(1, listInvoices.list(customer, order).size());
        assertThrows(ForbiddenException.class, () -> listInvoices.list(seller, order));
        assertThrows(ForbiddenException.class, () -> generateInvoice.generate(seller, new DeliveryId(pending.id()),
                null));
        assertThrows(NotFoundException.class, () -> getInvoice.get(shop.customer(),
                new InvoiceId(first.invoice().id())));
    }

    @Test
    void paymentsSettleInvoicesAndCompleteTheDeliveredOrder() {
        OrderId order = confirmedOrder();
        DeliveryView part = move(deliver(order, Map.of(1, 4)), DeliveryStatus.SHIPPED);
        move(part, DeliveryStatus.DELIVERED);
        InvoiceView first = generateInvoice.generate(staff, new DeliveryId(part.id()), null).invoice();

        pay(order, 2000, first.id());
        assertEquals(InvoiceStatus.PARTIALLY_PAID, getInvoice.get(customer, new InvoiceId(first.id())).status());
        assertEquals(PaymentStatus.PARTIALLY_PAID, getOrder.get(customer, order).paymentStatus());
        pay(order, 3000, first.id());
        assertEquals(InvoiceStatus.PAID, getInvoice.get(customer, new InvoiceId(first.id())).status());

        DeliveryView rest = move(move(deliver(order, Map.of(2, 2)), DeliveryStatus.SHIPPED), DeliveryStatus.DELIVERED);
        InvoiceView second = generateInvoice.generate(staff, new DeliveryId(rest.id()), null).invoice();
        assertEquals(OrderStatus.PROCESSING, getOrder.get(customer, order).status());
        pay(order, 1600, second.id());

        OrderView completed = getOrder.get(customer, order);
        assertEquals(OrderStatus.COMPLETED, completed.status());
        assertEquals(PaymentStatus.PAID, completed.paymentStatus());
        LedgerView view = ledger.ledger(customer, order);
        assertEquals(eur(6600), view.paid());
        assertEquals(eur(0), view.balance());
        assertEquals(3, view.entries().size());
    }

    @Test
    void anAdvanceCoversALaterInvoiceAndAnOverpaymentLeavesCredit() {
        OrderId order = confirmedOrder();
        pay(order, 7000, null);
        assertEquals(PaymentStatus.PAID, getOrder.get(customer, order).paymentStatus());
        assertEquals(eur(-400), ledger.ledger(customer, order).balance());

        DeliveryView all = move(move(deliver(order, Map.of(1, 4, 2, 2)), DeliveryStatus.SHIPPED),
                DeliveryStatus.DELIVERED);
        InvoiceView invoice = generateInvoice.generate(staff, new DeliveryId(all.id()), null).invoice();

        assertEquals(InvoiceStatus.PAID, invoice.status());
        assertEquals(eur(6600), invoice.amountPaid());
        assertEquals(OrderStatus.COMPLETED, getOrder.get(customer, order).status());
    }

    @Test
    void refundsGoBackThroughTheManualGatewayAndNeverExceedThePayment() {
        OrderId order = confirmedOrder();
        RecordedPayment payment = pay(order, 6600, null);
        PaymentId paymentId = new PaymentId(payment.payment().id());

        RecordedPayment refund = refundPayment.refund(staff, paymentId, new RefundCommand(eur(1000), "chipped"), null);
        assertEquals(eur(-1000), refund.payment().amount());
        assertEquals(payment.payment().id(), refund.payment().refundOf());
        assertEquals(PaymentStatus.PARTIALLY_REFUNDED, getOrder.get(customer, order).paymentStatus());
        assertEquals("REFUND_EXCEEDS_PAYMENT", assertThrows(ConflictException.class, () -> refundPayment.refund(
                staff, paymentId, new RefundCommand(eur(5601), null), null)).code());

        refundPayment.refund(staff, paymentId, new RefundCommand(null, null), null);
        assertEquals(PaymentStatus.REFUNDED, getOrder.get(customer, order).paymentStatus());
        assertEquals("NOTHING_TO_REFUND", assertThrows(ConflictException.class, () -> refundPayment.refund(
                staff, paymentId, new RefundCommand(null, null), null)).code());
        assertThrows(ForbiddenException.class, () -> refundPayment.refund(customer, paymentId,
                new RefundCommand(null, null), null));
    }

    @Test
    void cancellingStopsPendingDeliveriesAndRefundsWhatWasPaid() {
        OrderId order = confirmedOrder();
        DeliveryView pending = deliver(order, Map.of(1, 2));
        pay(order, 2500, null);

        OrderView cancelled = cancelOrder.cancel(staff, order, "out of business");

        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals(PaymentStatus.REFUNDED, cancelled.paymentStatus());
        assertEquals(DeliveryStatus.CANCELLED, getDelivery.get(staff, new DeliveryId(pending.id())).status());
        assertEquals(new Stock(10, 0), stockOf(mug));
        LedgerView view = ledger.ledger(staff, order);
        assertEquals(eur(0), view.paid().minus(view.refunded()));
        assertEquals("manual", view.entries().get(1).gateway());
    }

    @Test
    void creatingRequestsHonourTheIdempotencyKey() {
        OrderId order = confirmedOrder();
        IdempotencyKey key = new IdempotencyKey("delivery-" + UUID.randomUUID());
        CreateDeliveryCommand command = new CreateDeliveryCommand(List.of(new CreateDeliveryUseCase.Line(1, 1)),
                null, null);

        CreatedDelivery first = createDelivery.create(staff, order, command, key);
        CreatedDelivery again = createDelivery.create(staff, order, command, key);
        assertFalse(first.replayed());
        assertTrue(again.replayed());
        assertEquals(first.delivery().id(), again.delivery().id());
        assertEquals(1, listDeliveries.list(staff, order).size());
        assertThrows(UnprocessableException.class, () -> createDelivery.create(staff, order,
                new CreateDeliveryCommand(List.of(new CreateDeliveryUseCase.Line(1, 2)), null, null), key));

        IdempotencyKey payKey = new IdempotencyKey("pay-" + UUID.randomUUID());
        RecordPaymentCommand payment = new RecordPaymentCommand(PaymentMethod.BANK_TRANSFER, eur(1000), null,
                "SEPA", null);
        RecordedPayment paid = recordPayment.record(staff, order, payment, payKey);
        assertTrue(recordPayment.record(staff, order, payment, payKey).replayed());
        assertEquals(1, ledger.ledger(staff, order).entries().size());

        IdempotencyKey refundKey = new IdempotencyKey("refund-" + UUID.randomUUID());
        RefundCommand refund = new RefundCommand(eur(300), null);
        refundPayment.refund(staff, new PaymentId(paid.payment().id()), refund, refundKey);
        assertTrue(refundPayment.refund(staff, new PaymentId(paid.payment().id()), refund, refundKey).replayed());
        LedgerView after = ledger.ledger(staff, order);
        assertEquals(eur(700), after.paid().minus(after.refunded()));
    }

    @Test
    void cardPaymentsNeedACardGateway() {
        OrderId order = confirmedOrder();
        assertEquals("CARD_PAYMENTS_DISABLED", assertThrows(UnprocessableException.class,
                () -> startCardPayment.start(customer, order, null)).code());
    }

    @Test
    void twentyConcurrentDeliveriesOfTheLastFiveUnitsShipExactlyFive() throws Exception {
        Product scarce = shop.product(seller, 5, 100, "EUR");
        OrderId order = new OrderId(placeOrder.place(customer, Shop.order(scarce.id(), 5), null).order().id());
        clock.advance(UseCaseContract.WINDOW);
        confirmDueOrders.confirmDueOrders();

        List<Object> outcomes = runConcurrently(20, () -> move(deliver(order, Map.of(1, 1)), DeliveryStatus.SHIPPED));

        long shipped = outcomes.stream().filter(DeliveryView.class::isInstance).count();
        assertEquals(5, shipped, () -> "outcomes: " + outcomes);
        outcomes.stream().filter(o -> !(o instanceof DeliveryView)).forEach(refused -> assertEquals(
                "QUANTITY_EXCEEDS_REMAINING", assertInstanceOf(ConflictException.class, refused).code()));
        assertEquals(new Stock(0, 0), stockOf(scarce));
        OrderView after = getOrder.get(staff, order);
        assertEquals(5, after.lines().get(0).shipped());
        assertEquals(FulfillmentStatus.SHIPPED, after.fulfillmentStatus());
    }

    RecordedPayment pay(OrderId order, long minor, UUID invoice) {
        return recordPayment.record(staff, order, new RecordPaymentCommand(PaymentMethod.CASH, eur(minor),
                invoice == null ? null : new InvoiceId(invoice), null, null), null);
    }
}
