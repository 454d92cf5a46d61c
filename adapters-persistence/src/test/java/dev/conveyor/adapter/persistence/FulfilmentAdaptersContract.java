package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.ADDRESS;
import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static dev.conveyor.adapter.persistence.Fixtures.WINDOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.fulfilment.port.out.DeliveryRepositoryPort;
import dev.conveyor.application.fulfilment.port.out.DocumentNumberPort;
import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import dev.conveyor.application.payments.port.out.PaymentAttemptPort;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.application.shared.port.out.StockPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.invoice.InvoiceStatus;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.order.OrderLine;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentAttempt;
import dev.conveyor.domain.payment.PaymentAttemptStatus;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.testsupport.ListPrices;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The delivery, invoice, ledger and attempt adapters, and what fulfilment added to orders and stock. */
abstract class FulfilmentAdaptersContract {

    private static final Instant LATER = NOW.plusSeconds(3600);

    @Inject OrderRepositoryPort orders;
    @Inject OrderNumberPort orderNumbers;
    @Inject DeliveryRepositoryPort deliveries;
    @Inject InvoiceRepositoryPort invoices;
    @Inject PaymentLedgerPort ledger;
    @Inject PaymentAttemptPort attempts;
    @Inject DocumentNumberPort numbers;
    @Inject StockPort stock;
    @Inject TransactionPort transactions;
    @Inject Jdbc jdbc;
    @Inject Fixtures fixtures;

    /** A confirmed order of 4 mugs and 2 plates, stored. */
    private Order confirmedOrder() {
        User seller = fixtures.user(Role.SELLER);
        Product mug = fixtures.product(seller, 10);
        Product plate = fixtures.product(seller, 10);
        List<OrderItem> items = List.of(new OrderItem(mug.id(), mug.sku(), "Mug", Money.of(1250, "EUR"), seller.id(), 4),
                new OrderItem(plate.id(), plate.sku(), "Plate", Money.of(800, "EUR"), seller.id(), 2));
        Order order = Order.place(OrderId.newId(), orderNumbers.nextOrderSequence(), fixtures.user(Role.CUSTOMER).id(),
                items, ListPrices.of(items), ADDRESS, null, NOW, WINDOW);
        order.confirm(NOW.plus(WINDOW));
        orders.insert(order);
        return orders.findById(order.id()).orElseThrow();
    }

    private Delivery storedDelivery(Order order, Map<Integer, Integer> quantities) {
        order.allocate(quantities, LATER);
        Delivery delivery = Delivery.create(DeliveryId.newId(), numbers.nextDeliverySequence(), order, quantities,
                "DHL", "JD1", order.customerId(), LATER);
        transactions.inTransaction(() -> {
            deliveries.insert(delivery);
            orders.update(order);
        });
        return deliveries.findById(delivery.id()).orElseThrow();
    }

    @Test
    void allocatedUnitsAndTheDerivedFulfilmentColumnsAreStoredWithTheOrder() {
        Order order = confirmedOrder();
        order.allocate(Map.of(1, 4, 2, 1), LATER);
        order.ship(Map.of(1, 4), LATER);
        order.deliver(Map.of(1, 2), LATER);
        orders.update(order);

        Order found = orders.lockById(order.id()).orElseThrow();
        assertEquals(List.of(0, 1), found.lines().stream().map(OrderLine::allocated).toList());
        assertEquals(List.of(4, 0), found.lines().stream().map(OrderLine::shipped).toList());
        assertEquals(FulfillmentStatus.PARTIALLY_DELIVERED, found.fulfillmentStatus());
        assertEquals(List.of("PARTIALLY_DELIVERED", "33"), jdbc.one(
                "SELECT fulfillment_status, progress FROM orders WHERE id = ?",
                statement -> statement.setObject(1, order.id().value()),
                row -> List.of(row.getString(1), String.valueOf(row.getInt(2)))).orElseThrow());
        assertTrue(orders.lockById(OrderId.newId()).isEmpty());
    }

    @Test
    void aDeliveryRoundTripsAndMovesWithItsVersion() {
        Order order = confirmedOrder();
        Delivery delivery = storedDelivery(order, Map.of(2, 1, 1, 3));

        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals(Map.of(1, 3, 2, 1), delivery.quantitiesByLine());
        assertEquals("Mug", delivery.lines().get(0).name());
        assertEquals(Money.of(1250, "EUR"), delivery.lines().get(0).unitPrice());
        assertEquals(order.number().value(), delivery.orderNumber());
        assertEquals(LATER, delivery.createdAt());

        delivery.changeStatus(DeliveryStatus.SHIPPED, "UPS", "1Z", "left the dock", LATER.plusSeconds(1));
        deliveries.update(delivery);
        Delivery shipped = deliveries.findById(delivery.id()).orElseThrow();
        assertEquals(DeliveryStatus.SHIPPED, shipped.status());
        assertEquals("UPS", shipped.carrier());
        assertEquals("1Z", shipped.trackingNumber());
        assertEquals("left the dock", shipped.statusReason());
        assertEquals(LATER.plusSeconds(1), shipped.shippedAt());
        assertEquals(1, shipped.version());
        assertThrows(ConcurrentModificationException.class, () -> deliveries.update(delivery));

        Delivery second = storedDelivery(orders.findById(order.id()).orElseThrow(), Map.of(1, 1));
        assertEquals(List.of(delivery.id(), second.id()),
                deliveries.findByOrder(order.id()).stream().map(Delivery::id).toList());
        assertTrue(deliveries.findById(DeliveryId.newId()).isEmpty());
    }

    @Test
    void aDeliveryHasOneInvoiceWhoseSettlementIsVersionChecked() {
        Order order = confirmedOrder();
        Delivery delivery = storedDelivery(order, Map.of(1, 2));
        delivery.changeStatus(DeliveryStatus.SHIPPED, null, null, null, LATER);
        deliveries.update(delivery);
        Invoice invoice = Invoice.issue(InvoiceId.newId(), numbers.nextInvoiceSequence(), delivery, order.price(),
                List.of(), LATER);

        assertTrue(invoices.insertIfAbsent(invoice));
        assertFalse(invoices.insertIfAbsent(Invoice.issue(InvoiceId.newId(), numbers.nextInvoiceSequence(),
                delivery, order.price(), List.of(), LATER)), "a second invoice of the same delivery");

        Invoice found = invoices.findByDelivery(delivery.id()).orElseThrow();
        assertEquals(invoice.number(), found.number());
        assertEquals(Money.of(2500, "EUR"), found.total());
        assertEquals(2, found.lines().get(0).quantity());
        assertEquals(invoice.sellerIds(), found.sellerIds());
        found.settle(Money.of(1000, "EUR"), LATER);
        invoices.update(found);
        Invoice settled = invoices.findById(invoice.id()).orElseThrow();
        assertEquals(InvoiceStatus.PARTIALLY_PAID, settled.status());
        assertEquals(Money.of(1000, "EUR"), settled.amountPaid());
        assertThrows(ConcurrentModificationException.class, () -> invoices.update(found));
        assertEquals(List.of(invoice.id()), invoices.findByOrder(order.id()).stream().map(Invoice::id).toList());
    }

    @Test
    void theLedgerRecordsAGatewayReferenceOnceAndManualEntriesAlways() {
        Order order = confirmedOrder();
        Payment card = Payment.received(PaymentId.newId(), order.id(), order.customerId(), null, PaymentMethod.CARD,
                "stripe", Money.of(3000, "EUR"), "pi_" + UUID.randomUUID(), null, null, null, LATER);
        Payment cash = Payment.received(PaymentId.newId(), order.id(), order.customerId(), null, PaymentMethod.CASH,
                "manual", Money.of(500, "EUR"), null, "till 2", "thanks", order.customerId(), LATER.plusSeconds(1));
        Payment moreCash = Payment.received(PaymentId.newId(), order.id(), order.customerId(), null,
                PaymentMethod.CASH_ON_DELIVERY, "manual", Money.of(200, "EUR"), null, null, null, null,
                LATER.plusSeconds(2));

        assertTrue(ledger.append(card));
        assertFalse(ledger.append(Payment.received(PaymentId.newId(), order.id(), order.customerId(), null,
                PaymentMethod.CARD, "stripe", Money.of(3000, "EUR"), card.providerReference(), null, null, null,
                LATER)), "the same PaymentIntent reported again");
        assertTrue(ledger.append(cash));
        assertTrue(ledger.append(moreCash));
        Payment refund = card.refund(PaymentId.newId(), Money.of(700, "EUR"), "re_" + UUID.randomUUID(), "broken",
                null, LATER.plusSeconds(3));
        assertTrue(ledger.append(refund));

        assertEquals(List.of(card, cash, moreCash, refund), ledger.findByOrder(order.id()));
        assertEquals(refund, ledger.findByProviderReference("stripe", refund.providerReference()).orElseThrow());
        assertEquals(cash, ledger.findById(cash.id()).orElseThrow());
        assertTrue(ledger.findByProviderReference("manual", card.providerReference()).isEmpty());
    }

    @Test
    void anAttemptOnlyMovesForwardWhateverOrderReportsComeIn() {
        Order order = confirmedOrder();
        String reference = "pi_" + UUID.randomUUID();
        UUID request = UUID.randomUUID();

        attempts.record(attempt(order, reference, null, PaymentAttemptStatus.SUCCEEDED, null));
        attempts.record(attempt(order, reference, null, PaymentAttemptStatus.FAILED, "declined"));
        attempts.record(attempt(order, reference, request, PaymentAttemptStatus.OPEN, null));

        PaymentAttempt found = attempts.findByReference("stripe", reference).orElseThrow();
        assertEquals(PaymentAttemptStatus.SUCCEEDED, found.status());
        assertEquals(null, found.failureMessage());
        assertEquals(request, found.requestId(), "the request that opened it, known after its success");
        assertEquals(found, attempts.findByRequest(request).orElseThrow());

        String other = "pi_" + UUID.randomUUID();
        attempts.record(attempt(order, other, null, PaymentAttemptStatus.OPEN, null));
        attempts.record(attempt(order, other, null, PaymentAttemptStatus.FAILED, "declined"));
        assertEquals(PaymentAttemptStatus.FAILED, attempts.findByReference("stripe", other).orElseThrow().status());
        assertEquals("declined", attempts.findByReference("stripe", other).orElseThrow().failureMessage());
        assertEquals(2, attempts.findByOrder(order.id()).size());
    }

    private static PaymentAttempt attempt(Order order, String reference, UUID request, PaymentAttemptStatus status,
                                          String message) {
        return new PaymentAttempt(request, order.id(), "stripe", reference, Money.of(3000, "EUR"), status, message,
                LATER, LATER);
    }

    @Test
    void shippingTakesReservedUnitsOutOfTheWarehouseAndAReturnPutsThemBack() {
        Product product = fixtures.product(fixtures.user(Role.SELLER), 10);
        transactions.inTransaction(() -> stock.reserve(product.id(), 4));

        assertEquals(new Stock(7, 1), stock.ship(product.id(), 3).stock());
        assertThrows(IllegalStateException.class, () -> stock.ship(product.id(), 2));
        assertEquals(new Stock(9, 3), stock.returnShipped(product.id(), 2).stock());
        assertEquals(new Stock(9, 3), stock.lockForAdjustment(product.id()).orElseThrow().stock());
    }

    @Test
    void documentNumbersNeverRepeat() {
        long delivery = numbers.nextDeliverySequence();
        long invoice = numbers.nextInvoiceSequence();
        assertTrue(numbers.nextDeliverySequence() > delivery);
        assertTrue(numbers.nextInvoiceSequence() > invoice);
    }
}
