package dev.conveyor.domain.creditnote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.Sku;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderItem;
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Credit notes never give back more than a line is worth, nor more units than it has, and the notes of
 * all its units give back exactly the line, for any split; goodwill is split over the rates to the
 * minor unit.
 */
class CreditNotePropertyTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final UserId CUSTOMER = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000c001"));
    private static final UserId SELLER = new UserId(UUID.fromString("00000000-0000-7000-8000-00000000b001"));
    private static final AppliedRate STANDARD = new AppliedRate(new TaxRateId(UUID.randomUUID()), "standard",
            new BigDecimal("19"));
    private static final AppliedRate REDUCED = new AppliedRate(new TaxRateId(UUID.randomUUID()), "reduced",
            new BigDecimal("7"));

    record PricedLine(int quantity, long unitPrice, long discount, boolean reduced) {
    }

    record Refund(int lineNo, int units) {
    }

    @Provide
    Arbitrary<List<PricedLine>> lines() {
        return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.longs().between(1, 50_000),
                        Arbitraries.integers().between(0, 50), Arbitraries.of(true, false))
                .as((quantity, unit, discountPercent, reduced) -> new PricedLine(quantity, unit,
                        unit * quantity * discountPercent / 100, reduced))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<List<Refund>> refunds() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 8))
                .as(Refund::new).list().ofMaxSize(25);
    }

    @Property(tries = 300)
    void refundedNeverExceedsWhatALineHoldsAndAllItsUnitsGiveBackExactlyTheLine(
            @ForAll("lines") List<PricedLine> priced, @ForAll("refunds") List<Refund> refunds) {
        Order order = order(priced, false);
        List<CreditNote> notes = new ArrayList<>();
        for (Refund refund : refunds) {
            if (refund.lineNo() > priced.size()) {
                continue;
            }
            int before = CreditNote.creditedUnits(notes, refund.lineNo());
            try {
                notes.add(issue(order, notes, new CreditNote.Request(Map.of(refund.lineNo(), refund.units()), false, 0)));
                assertTrue(before + refund.units() <= priced.get(refund.lineNo() - 1).quantity());
            } catch (ConflictException refused) {
                assertEquals("REFUND_EXCEEDS_LINE", refused.code());
                assertTrue(before + refund.units() > priced.get(refund.lineNo() - 1).quantity());
            }
        }
        // then everything left, so every line ends fully credited
        for (int lineNo = 1; lineNo <= priced.size(); lineNo++) {
            int left = priced.get(lineNo - 1).quantity() - CreditNote.creditedUnits(notes, lineNo);
            if (left > 0) {
                notes.add(issue(order, notes, new CreditNote.Request(Map.of(lineNo, left), false, 0)));
            }
        }
        for (int lineNo = 1; lineNo <= priced.size(); lineNo++) {
            PriceBreakdown.Line line = order.price().lines().get(lineNo - 1);
            int no = lineNo;
            List<CreditNoteLine> credited = notes.stream().flatMap(note -> note.lines().stream())
                    .filter(part -> part.lineNo() == no).toList();
            assertEquals(line.net(), credited.stream().mapToLong(CreditNoteLine::net).sum());
            assertEquals(line.tax(), credited.stream().mapToLong(CreditNoteLine::tax).sum());
            assertEquals(line.quantity(), credited.stream().mapToInt(CreditNoteLine::quantity).sum());
        }
        assertEquals(order.total().amountMinor(), notes.stream().mapToLong(note -> note.total().amountMinor()).sum());
        assertThrows(ConflictException.class, () -> issue(order, notes, new CreditNote.Request(Map.of(), false, 1)),
                "nothing is left to give back as goodwill either");
    }

    @Property(tries = 300)
    void goodwillIsSplitOverTheRatesToTheMinorUnitAndNeverBeyondTheOrder(
            @ForAll("lines") List<PricedLine> priced, @ForAll @LongRange(min = 1, max = 2_000_000) long amount) {
        Order order = order(priced, true);
        long gross = order.total().amountMinor();
        if (amount > gross) {
            ConflictException refused = assertThrows(ConflictException.class,
                    () -> issue(order, List.of(), new CreditNote.Request(Map.of(), false, amount)));
            assertEquals("REFUND_EXCEEDS_ORDER", refused.code());
            return;
        }
        CreditNote note = issue(order, List.of(), new CreditNote.Request(Map.of(), false, amount));
        assertEquals(amount, note.total().amountMinor());
        for (PriceBreakdown.RateTotal part : note.taxes()) {
            PriceBreakdown.RateTotal whole = order.price().taxes().stream()
                    .filter(rate -> rate.rate().equals(part.rate())).findFirst().orElseThrow();
            assertTrue(part.net() <= whole.net() && part.tax() <= whole.tax(), part + " within " + whole);
        }
    }

    @Test
    void theShippingChargeIsGivenBackOnceAndANoteCorrectsNoInvoiceWhenNothingWasInvoiced() {
        Order order = order(List.of(new PricedLine(2, 1000, 0, false)), true);
        CreditNote shipping = issue(order, List.of(), new CreditNote.Request(Map.of(), true, 0));

        assertEquals(CreditNoteLine.Kind.SHIPPING, shipping.lines().get(0).kind());
        assertEquals(order.price().shipping().gross(), shipping.total().amountMinor());
        assertEquals(List.of(), shipping.invoices());
        assertTrue(shipping.number().value().startsWith("CN-2026-"));
        assertEquals("SHIPPING_ALREADY_REFUNDED", assertThrows(ConflictException.class,
                () -> issue(order, List.of(shipping), new CreditNote.Request(Map.of(), true, 0))).code());
        assertEquals("credit-note:issued", shipping.pullEvents().get(0).type());
    }

    @Test
    void aSellerSeesOnlyTheirOwnLines() {
        Order order = order(List.of(new PricedLine(2, 1000, 0, false), new PricedLine(1, 500, 0, true)), false);
        CreditNote note = issue(order, List.of(), new CreditNote.Request(Map.of(1, 1, 2, 1), false, 0));

        assertEquals(2, note.lines().size(), "both lines are the one seller's here");
        assertEquals(note.total(), note.linesOf(SELLER).total());
        assertThrows(IllegalArgumentException.class, () -> note.linesOf(CUSTOMER));
    }

    private static CreditNote issue(Order order, List<CreditNote> earlier, CreditNote.Request request) {
        return CreditNote.issue(CreditNoteId.newId(), earlier.size() + 1L, order, List.of(), earlier, request, null,
                null, NOW);
    }

    /** Prices entered net; tax rounded half up per line; a taxed shipping charge of 4.90 when asked. */
    private static Order order(List<PricedLine> priced, boolean shipping) {
        List<OrderItem> items = new ArrayList<>();
        List<PriceBreakdown.Line> lines = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            PricedLine line = priced.get(i);
            ProductId product = new ProductId(new UUID(0x7000L, i + 1L));
            items.add(new OrderItem(product, new Sku("SKU-" + (i + 1)), "Product " + (i + 1),
                    Money.of(line.unitPrice(), "EUR"), SELLER, line.quantity()));
            AppliedRate rate = line.reduced() ? REDUCED : STANDARD;
            long net = line.unitPrice() * line.quantity() - line.discount();
            long tax = rate.percent().multiply(BigDecimal.valueOf(net)).divide(BigDecimal.valueOf(100),
                    0, java.math.RoundingMode.HALF_UP).longValueExact();
            lines.add(PriceBreakdown.Line.of(product, line.quantity(), line.unitPrice(), line.discount(), tax, rate,
                    false));
        }
        PriceBreakdown.Shipping charge = shipping ? PriceBreakdown.Shipping.of(new ShippingMethodId(UUID.randomUUID()),
                "Standard", "DHL", 490, 0, 93, STANDARD, false) : null;
        PriceBreakdown price = PriceBreakdown.of("EUR", false, lines, charge, List.of());
        return Order.place(OrderId.newId(), 7, CUSTOMER, items, price, Address.of("shippingAddress", "Ada Lovelace",
                "12 Analytical Way", null, "London", null, "N1 9GU", "gb"), null, NOW, Duration.ofSeconds(60));
    }
}
