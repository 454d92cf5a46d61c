package dev.conveyor.domain.invoice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.pricing.ListPriced;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    /** Two of three mugs at 12.99 and the plate at 5.00 of an order, shipped. */
    static Delivery shipped() {
        List<OrderItem> items = List.of(
                new OrderItem(ProductId.newId(), new Sku("MUG"), "Mug", Money.of(1299, "EUR"), UserId.newId(), 3),
                new OrderItem(ProductId.newId(), new Sku("PLATE"), "Plate", Money.of(500, "EUR"), UserId.newId(), 1));
        Order order = Order.place(OrderId.newId(), 7, UserId.newId(), items, ListPriced.of(items),
                Address.of("a", "Ann", "1 Main St", null, "Lyon", null, "69001", "FR"), null, NOW,
                Duration.ofSeconds(60));
        Delivery delivery = Delivery.create(DeliveryId.newId(), 3, order, Map.of(1, 2, 2, 1), null, null, null, NOW);
        delivery.changeStatus(DeliveryStatus.SHIPPED, null, null, null, NOW);
        return delivery;
    }

    private static Invoice issued() {
        return Invoice.issue(InvoiceId.newId(), 42, shipped(), NOW);
    }

    @Test
    void anInvoiceBillsTheDeliveredLinesAtTheirCopiedPrices() {
        Invoice invoice = issued();

        assertEquals("INV-2026-000042", invoice.number().value());
        assertEquals(InvoiceStatus.ISSUED, invoice.status());
        assertEquals(Money.of(2 * 1299 + 500, "EUR"), invoice.total());
        assertEquals(Money.of(2598, "EUR"), invoice.lines().get(0).total());
        assertEquals(invoice.total(), invoice.outstanding());
        assertEquals(List.of("invoice:generated"), invoice.pullEvents().stream().map(DomainEvent::type).toList());
    }

    @Test
    void onlyDeliveriesThatLeftAreInvoiced() {
        Delivery pending = Delivery.create(DeliveryId.newId(), 4, anOrder(), Map.of(1, 1), null, null, null,
                NOW);
        assertEquals("DELIVERY_NOT_INVOICEABLE", assertThrows(ConflictException.class,
                () -> Invoice.issue(InvoiceId.newId(), 1, pending, NOW)).code());
    }

    private static Order anOrder() {
        List<OrderItem> items = List.of(new OrderItem(ProductId.newId(), new Sku("MUG"), "Mug",
                Money.of(1299, "EUR"), UserId.newId(), 3));
        return Order.place(OrderId.newId(), 8, UserId.newId(), items, ListPriced.of(items),
                Address.of("a", "Ann", "1 Main St", null, "Lyon", null, "69001", "FR"), null, NOW,
                Duration.ofSeconds(60));
    }

    @Test
    void paymentsMoveItFromIssuedThroughPartiallyPaidToPaidAndBack() {
        Invoice invoice = issued();
        invoice.pullEvents();

        assertTrue(invoice.settle(Money.of(1000, "EUR"), NOW));
        assertEquals(InvoiceStatus.PARTIALLY_PAID, invoice.status());
        assertEquals(Money.of(2098, "EUR"), invoice.outstanding());
        assertFalse(invoice.settle(Money.of(1000, "EUR"), NOW), "nothing changed");

        invoice.settle(Money.of(3098, "EUR"), NOW.plusSeconds(5));
        assertEquals(InvoiceStatus.PAID, invoice.status());
        assertEquals(NOW.plusSeconds(5), invoice.paidAt());
        assertEquals(List.of("invoice:paid"), invoice.pullEvents().stream().map(DomainEvent::type).toList());

        invoice.settle(Money.zero("EUR"), NOW);
        assertEquals(InvoiceStatus.ISSUED, invoice.status(), "a refund took the payment back");
        assertNull(invoice.paidAt());
    }

    @Test
    void onlyAnUnpaidInvoiceIsVoidedAndAVoidInvoiceTakesNoMore() {
        Invoice partly = issued();
        partly.settle(Money.of(1, "EUR"), NOW);
        assertEquals("INVOICE_NOT_VOIDABLE", assertThrows(ConflictException.class,
                () -> partly.voidInvoice(NOW)).code());

        Invoice invoice = issued();
        invoice.voidInvoice(NOW);
        assertEquals(InvoiceStatus.VOID, invoice.status());
        assertNotNull(invoice.voidedAt());
        assertEquals(Money.zero("EUR"), invoice.outstanding());
        assertFalse(invoice.settle(Money.of(100, "EUR"), NOW));
        assertThrows(ConflictException.class, () -> invoice.voidInvoice(NOW));
    }
}
