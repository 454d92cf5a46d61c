package dev.conveyor.adapter.inmemory.fulfilment;

import static dev.conveyor.adapter.inmemory.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.inmemory.Fixtures;
import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.Stock;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentAttempt;
import dev.conveyor.domain.payment.PaymentAttemptStatus;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory delivery, invoice, ledger and attempt adapters keep the rules their SQL tables keep. */
class InMemoryFulfilmentAdaptersTest {

    private final MemoryStore store = new MemoryStore();
    private final InMemoryDeliveryRepositoryAdapter deliveries = new InMemoryDeliveryRepositoryAdapter(store);
    private final InMemoryInvoiceRepositoryAdapter invoices = new InMemoryInvoiceRepositoryAdapter(store);
    private final InMemoryPaymentLedgerAdapter ledger = new InMemoryPaymentLedgerAdapter(store);
    private final InMemoryPaymentAttemptAdapter attempts = new InMemoryPaymentAttemptAdapter(store);
    private final Order order = confirmedOrder();

    private static Order confirmedOrder() {
        Order order = Fixtures.order(UserId.newId(), 1, Fixtures.product("SKU-1", 10), 3, T0, Duration.ofSeconds(60));
        order.confirm(T0.plusSeconds(60));
        return order;
    }

    private Delivery shipped() {
        Delivery delivery = Delivery.create(DeliveryId.newId(), 1, order, Map.of(1, 2), null, null, null, T0);
        deliveries.insert(delivery);
        Delivery stored = deliveries.findById(delivery.id()).orElseThrow();
        stored.changeStatus(DeliveryStatus.SHIPPED, "DHL", null, null, T0);
        deliveries.update(stored);
        return deliveries.findById(delivery.id()).orElseThrow();
    }

    @Test
    void aDeliveryIsVersionCheckedAndListedByOrder() {
        Delivery delivery = shipped();

        assertEquals(DeliveryStatus.SHIPPED, delivery.status());
        assertEquals(1, delivery.version());
        Delivery stale = Delivery.rehydrate(delivery.id(), delivery.number(), delivery.orderId(),
                delivery.orderNumber(), delivery.customerId(), delivery.lines(), delivery.status(), null, null, null,
                null, delivery.createdAt(), null, null, null, null, delivery.updatedAt(), 0);
        assertThrows(ConcurrentModificationException.class, () -> deliveries.update(stale));
        assertEquals(List.of(delivery.id()), deliveries.findByOrder(order.id()).stream().map(Delivery::id).toList());
    }

    @Test
    void aDeliveryHasOneInvoice() {
        Delivery delivery = shipped();
        Invoice invoice = Invoice.issue(InvoiceId.newId(), 1, delivery, order.price(), List.of(), T0);

        assertTrue(invoices.insertIfAbsent(invoice));
        assertFalse(invoices.insertIfAbsent(Invoice.issue(InvoiceId.newId(), 2, delivery, order.price(), List.of(),
                T0)));
        assertEquals(invoice.id(), invoices.findByDelivery(delivery.id()).orElseThrow().id());
        assertEquals(1, invoices.findByOrder(order.id()).size());
    }

    @Test
    void aGatewayReferenceIsRecordedOnceAndAnAttemptOnlyMovesForward() {
        Payment card = Payment.received(PaymentId.newId(), order.id(), order.customerId(), null, PaymentMethod.CARD,
                "stripe", Money.of(100, "EUR"), "pi_1", null, null, null, T0);
        assertTrue(ledger.append(card));
        assertFalse(ledger.append(Payment.received(PaymentId.newId(), order.id(), order.customerId(), null,
                PaymentMethod.CARD, "stripe", Money.of(100, "EUR"), "pi_1", null, null, null, T0)));
        assertTrue(ledger.append(Payment.received(PaymentId.newId(), order.id(), order.customerId(), null,
                PaymentMethod.CASH, "manual", Money.of(100, "EUR"), null, null, null, null, T0)));
        assertEquals(2, ledger.findByOrder(order.id()).size());

        UUID request = UUID.randomUUID();
        attempts.record(attempt(null, PaymentAttemptStatus.SUCCEEDED));
        attempts.record(attempt(null, PaymentAttemptStatus.FAILED));
        attempts.record(attempt(request, PaymentAttemptStatus.OPEN));
        PaymentAttempt stored = attempts.findByReference("stripe", "pi_1").orElseThrow();
        assertEquals(PaymentAttemptStatus.SUCCEEDED, stored.status());
        assertEquals(stored, attempts.findByRequest(request).orElseThrow());
    }

    @Test
    void shippingAndReturningMoveOnHandAndReservedTogether() {
        var adapters = Fixtures.Adapters.create();
        Product product = Fixtures.product("SKU-2", 10);
        adapters.products().insert(product);
        adapters.stock().reserve(product.id(), 4);

        assertEquals(new Stock(7, 1), adapters.stock().ship(product.id(), 3).stock());
        assertThrows(IllegalStateException.class, () -> adapters.stock().ship(product.id(), 2));
        assertEquals(new Stock(8, 2), adapters.stock().returnShipped(product.id(), 1).stock());
    }

    private PaymentAttempt attempt(UUID request, PaymentAttemptStatus status) {
        return new PaymentAttempt(request, order.id(), "stripe", "pi_1", Money.of(100, "EUR"), status, null, T0, T0);
    }
}
