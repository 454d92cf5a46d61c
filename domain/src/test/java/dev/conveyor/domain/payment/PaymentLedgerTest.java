package dev.conveyor.domain.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.delivery.Delivery;
import dev.conveyor.domain.delivery.DeliveryId;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.order.PaymentStatus;
import dev.conveyor.domain.pricing.ListPriced;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentLedgerTest {

    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    static final OrderId ORDER = OrderId.newId();
    static final UserId CUSTOMER = UserId.newId();

    static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    static Payment paid(long minor, InvoiceId invoice, int second) {
        return Payment.received(PaymentId.newId(), ORDER, CUSTOMER, invoice, PaymentMethod.CASH, "manual", eur(minor),
                null, null, null, null, NOW.plusSeconds(second));
    }

    static Payment paid(long minor) {
        return paid(minor, null, 0);
    }

    /**
     * Entries as {@code +p} (a payment) and {@code -r} (a refund of the last payment), against 100.00 due.
     */
    @ParameterizedTest(name = "{0} of {1} -> {2}")
    @CsvSource({
            "'',                10000, UNPAID",
            "'+4000',           10000, PARTIALLY_PAID",
            "'+4000 +6000',     10000, PAID",
            "'+12000',          10000, PAID",
            "'+12000 -2000',    10000, PAID",
            "'+12000 -5000',    10000, PARTIALLY_REFUNDED",
            "'+10000 -10000',   10000, REFUNDED",
            "'+4000 -1000',     10000, PARTIALLY_REFUNDED",
            "'+4000 -4000',     10000, REFUNDED",
            "'+5000',           0,     PAID",
            "'+5000 -5000',     0,     REFUNDED",
            "'',                0,     UNPAID"})
    void thePaymentStatusFollowsTheLedger(String entries, long due, PaymentStatus expected) {
        assertEquals(expected, new PaymentLedger(entries(entries), eur(due)).status());
    }

    /** Credit notes took {@code credited} off the order: what is due is net of them. */
    @ParameterizedTest(name = "{0} of {1} after {2} credited -> {3}")
    @CsvSource({
            "'+10000 -2000',   8000, 2000,  PARTIALLY_REFUNDED",
            "'+10000 -3000',   8000, 2000,  PARTIALLY_PAID",
            "'+10000 -2000',   7000, 3000,  PARTIALLY_REFUNDED",
            "'+10000 -10000',  0,    10000, REFUNDED"})
    void withCreditNotesAShortfallIsOwedAndNoShortfallIsSettled(String entries, long due, long credited,
                                                               PaymentStatus expected) {
        assertEquals(expected, new PaymentLedger(entries(entries), eur(due), eur(credited)).status());
    }

    static List<Payment> entries(String spec) {
        List<Payment> entries = new ArrayList<>();
        Payment last = null;
        int second = 0;
        for (String part : spec.trim().isEmpty() ? new String[0] : spec.trim().split("\\s+")) {
            long amount = Long.parseLong(part.substring(1));
            if (part.startsWith("+")) {
                last = paid(amount, null, second++);
                entries.add(last);
            } else {
                entries.add(last.refund(PaymentId.newId(), eur(amount), "re_" + second++, null, null, NOW));
            }
        }
        return entries;
    }

    @Test
    void theBalanceIsWhatIsDueLessThePaidNetOfRefunds() {
        PaymentLedger ledger = new PaymentLedger(entries("+12000 -1500"), eur(10000));

        assertEquals(eur(12000), ledger.paid());
        assertEquals(eur(1500), ledger.refunded());
        assertEquals(eur(10500), ledger.net());
        assertEquals(eur(-500), ledger.balance(), "the customer has 5.00 credit");
    }

    @Test
    void aPaymentGivesBackAtMostWhatItTookLessItsRefunds() {
        Payment first = paid(3000);
        Payment second = paid(2000, null, 1);
        Payment refund = first.refund(PaymentId.newId(), eur(1200), "re_1", "broken", null, NOW);
        PaymentLedger ledger = new PaymentLedger(List.of(first, second, refund), eur(5000));

        assertEquals(eur(1800), ledger.refundable(first.id()));
        assertEquals(eur(2000), ledger.refundable(second.id()));
        assertEquals(List.of(first, second), ledger.refundablePayments());
        assertEquals(-1200, refund.amount().amountMinor());
        assertEquals(first.id(), refund.refundOf());
        assertEquals(PaymentKind.REFUND, refund.kind());
    }

    @Test
    void entriesAreSignedAndPositiveAmountsAreRequired() {
        assertThrows(InvalidInputException.class, () -> paid(0));
        assertThrows(InvalidInputException.class, () -> paid(100).refund(PaymentId.newId(), eur(0), null, null,
                null, NOW));
        assertThrows(IllegalArgumentException.class, () -> new Payment(PaymentId.newId(), ORDER, CUSTOMER, null,
                PaymentKind.REFUND, PaymentMethod.CASH, "manual", eur(100), null, PaymentId.newId(), null, null,
                null, NOW));
        assertEquals("payment:recorded", paid(100).recordedEvent().type());
        assertEquals("payment:refunded", paid(100).refund(PaymentId.newId(), eur(1), "r", null, null, NOW)
                .recordedEvent().type());
    }

    @Test
    void invoicesGetWhatWasPaidOnThemFirstThenAdvancesOldestFirst() {
        Invoice first = invoice(1, 2);
        Invoice second = invoice(2, 1);
        assertEquals(eur(2598), first.total());
        assertEquals(eur(1299), second.total());

        PaymentLedger ledger = new PaymentLedger(List.of(paid(1299, second.id(), 0), paid(1000, null, 1)),
                eur(3897));
        Map<InvoiceId, Money> applied = ledger.appliedTo(List.of(second, first));

        assertEquals(eur(1299), applied.get(second.id()), "paid on itself");
        assertEquals(eur(1000), applied.get(first.id()), "the advance");
    }

    @Test
    void overpaymentOfOneInvoiceCoversTheNextAndVoidInvoicesGetNothing() {
        Invoice first = invoice(1, 1);
        Invoice second = invoice(2, 1);
        Invoice voided = invoice(3, 1);
        voided.voidInvoice(NOW);

        PaymentLedger ledger = new PaymentLedger(List.of(paid(2000, first.id(), 0)), eur(3897));
        Map<InvoiceId, Money> applied = ledger.appliedTo(List.of(first, second, voided));

        assertEquals(eur(1299), applied.get(first.id()));
        assertEquals(eur(701), applied.get(second.id()));
        assertEquals(eur(0), applied.get(voided.id()));
    }

    /** An invoice of {@code units} mugs at 12.99, issued {@code n} seconds after the others before it. */
    static Invoice invoice(int n, int units) {
        List<OrderItem> items = List.of(new OrderItem(ProductId.newId(), new Sku("MUG"), "Mug", eur(1299),
                UserId.newId(), 10));
        Order order = Order.place(ORDER, 5, CUSTOMER, items, ListPriced.of(items),
                Address.of("a", "Ann", "1 Main St", null, "Lyon", null, "69001", "FR"), null, NOW,
                Duration.ofSeconds(60));
        Delivery delivery = Delivery.create(DeliveryId.newId(), n, order, Map.of(1, units), null, null, null, NOW);
        delivery.changeStatus(DeliveryStatus.SHIPPED, null, null, null, NOW);
        return Invoice.issue(InvoiceId.newId(), n, delivery, order.price(), List.of(), NOW.plusSeconds(n));
    }
}
