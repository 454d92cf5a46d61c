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
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.Destination;
import dev.conveyor.domain.pricing.ListPriced;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.Pricing;
import dev.conveyor.domain.pricing.PricingLine;
import dev.conveyor.domain.pricing.PricingRequest;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.ShippingRule;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    /** Three mugs at 12.99 and the plate at 5.00. */
    private static final Order ORDER = order(ListPriced::of);

    private static Order order(Function<List<OrderItem>, PriceBreakdown> pricing) {
        List<OrderItem> items = List.of(
                new OrderItem(ProductId.newId(), new Sku("MUG"), "Mug", Money.of(1299, "EUR"), UserId.newId(), 3),
                new OrderItem(ProductId.newId(), new Sku("PLATE"), "Plate", Money.of(500, "EUR"), UserId.newId(), 1));
        Order order = Order.place(OrderId.newId(), 7, UserId.newId(), items, pricing.apply(items),
                Address.of("a", "Ann", "1 Main St", null, "Lyon", null, "69001", "FR"), null, NOW,
                Duration.ofSeconds(60));
        order.confirm(NOW.plusSeconds(60));
        return order;
    }

    /** {@code quantities} of the order's lines (by line number), shipped. */
    private static Delivery shipped(Order order, Map<Integer, Integer> quantities) {
        Delivery delivery = Delivery.create(DeliveryId.newId(), 3, order, quantities, null, null, null, NOW);
        delivery.changeStatus(DeliveryStatus.SHIPPED, null, null, null, NOW);
        return delivery;
    }

    /** Two of the three mugs and the plate. */
    private static Invoice issued() {
        return Invoice.issue(InvoiceId.newId(), 42, shipped(ORDER, Map.of(1, 2, 2, 1)), ORDER.price(), List.of(),
                NOW);
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
                () -> Invoice.issue(InvoiceId.newId(), 1, pending, ORDER.price(), List.of(), NOW)).code());
    }

    private static Order anOrder() {
        List<OrderItem> items = List.of(new OrderItem(ProductId.newId(), new Sku("MUG"), "Mug",
                Money.of(1299, "EUR"), UserId.newId(), 3));
        return Order.place(OrderId.newId(), 8, UserId.newId(), items, ListPriced.of(items),
                Address.of("a", "Ann", "1 Main St", null, "Lyon", null, "69001", "FR"), null, NOW,
                Duration.ofSeconds(60));
    }

    /**
     * France, 20 %, prices gross, Colissimo 6.00. Mugs 38.97: tax 6.495 → 6.50, net 32.47; plate 5.00: tax
     * 0.83, net 4.17; shipping: tax 1.00, net 5.00; gross 49.97. One mug: net floor(32.47 / 3) = 10.82, tax
     * floor(6.50 / 3) = 2.16, with shipping 18.98. The rest: net 21.65 + 4.17, tax 4.34 + 0.83: 30.99.
     */
    @Test
    void theInvoicesOfATaxedShippedOrderAddUpToItsGrossAndAVoidedOneIsChargedAgain() {
        TaxRate vat = new TaxRate(TaxRateId.newId(), "TVA 20 %", "FR", null, TaxCategory.STANDARD,
                new BigDecimal("20"), LocalDate.of(2000, 1, 1), null);
        ShippingMethod colissimo = new ShippingMethod(ShippingMethodId.newId(), "Colissimo", "La Poste", "EUR",
                Set.of("FR"), new ShippingRule.Flat(600), null, TaxCategory.STANDARD, true);
        Order order = order(items -> Pricing.price(new PricingRequest("EUR", true, items.stream()
                .map(item -> new PricingLine(item.productId(), "", TaxCategory.STANDARD,
                        item.unitPrice().amountMinor(), item.quantity(), 0)).toList(),
                new Destination("FR", null), NOW, List.of(vat), colissimo, List.of())));
        assertEquals(Money.of(4997, "EUR"), order.total());

        Invoice voided = Invoice.issue(InvoiceId.newId(), 1, shipped(order, Map.of(1, 1)), order.price(), List.of(),
                NOW);
        assertEquals(Money.of(1898, "EUR"), voided.total());
        assertEquals(List.of(1082L, 216L), List.of(voided.price().lines().get(0).net(),
                voided.price().lines().get(0).tax()));
        voided.voidInvoice(NOW);

        Invoice first = Invoice.issue(InvoiceId.newId(), 2, shipped(order, Map.of(1, 1)), order.price(),
                List.of(voided), NOW);
        Invoice rest = Invoice.issue(InvoiceId.newId(), 3, shipped(order, Map.of(1, 2, 2, 1)), order.price(),
                List.of(voided, first), NOW);

        assertEquals(Money.of(1898, "EUR"), first.total(), "the void invoice's units and shipping are charged again");
        assertEquals("Colissimo", first.price().shipping().name());
        assertEquals(Money.of(3099, "EUR"), rest.total());
        assertNull(rest.price().shipping());
        assertEquals(order.total(), first.total().plus(rest.total()));
        assertEquals(List.of(new PriceBreakdown.RateTotal(new AppliedRate(vat.id(), "TVA 20 %", new BigDecimal("20")),
                2582, 517)), rest.price().taxes());
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
