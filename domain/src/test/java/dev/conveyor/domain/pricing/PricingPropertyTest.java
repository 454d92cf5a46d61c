package dev.conveyor.domain.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.domain.catalog.ProductId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PricingPropertyTest {

    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");
    private static final List<ProductId> PRODUCTS = List.of(product(1), product(2), product(3), product(4));
    private static final List<String> CATEGORIES = List.of("books", "food", "tools");
    private static final List<TaxCategory> TAX_CATEGORIES =
            List.of(TaxCategory.STANDARD, TaxCategory.REDUCED, TaxCategory.ZERO, TaxCategory.EXEMPT);

    @Property
    void grossIsNetPlusTaxEverywhereAndTheTotalsAreTheSums(@ForAll("requests") PricingRequest request) {
        PriceBreakdown price = Pricing.price(request);

        long net = 0;
        long tax = 0;
        for (PriceBreakdown.Line line : price.lines()) {
            assertEquals(line.net() + line.tax(), line.gross());
            assertEquals(line.subtotal() - line.discount(), request.pricesIncludeTax() ? line.gross() : line.net());
            net += line.net();
            tax += line.tax();
        }
        if (price.shipping() != null) {
            PriceBreakdown.Shipping shipping = price.shipping();
            assertEquals(shipping.net() + shipping.tax(), shipping.gross());
            assertEquals(shipping.amount() - shipping.discount(),
                    request.pricesIncludeTax() ? shipping.gross() : shipping.net());
            net += shipping.net();
            tax += shipping.tax();
        }
        assertEquals(net, price.totals().net());
        assertEquals(tax, price.totals().tax());
        assertEquals(net + tax, price.totals().gross());
        assertEquals(net, price.taxes().stream().mapToLong(PriceBreakdown.RateTotal::net).sum());
        assertEquals(tax, price.taxes().stream().mapToLong(PriceBreakdown.RateTotal::tax).sum());
    }

    @Property
    void theLinesAllocationsSumToTheDiscount(@ForAll("requests") PricingRequest request) {
        PriceBreakdown price = Pricing.price(request);

        long lines = price.lines().stream().mapToLong(PriceBreakdown.Line::discount).sum();
        long shipping = price.shipping() == null ? 0 : price.shipping().discount();
        assertEquals(price.totals().discount(), lines + shipping);
        assertEquals(price.totals().discount(),
                price.promotions().stream().mapToLong(PriceBreakdown.AppliedPromotion::amount).sum());
        assertTrue(lines <= price.totals().subtotal());
    }

    @Property
    void noAmountIsEverNegative(@ForAll("requests") PricingRequest request) {
        PriceBreakdown price = Pricing.price(request);

        List<Long> amounts = new ArrayList<>();
        price.lines().forEach(l -> amounts.addAll(List.of(l.subtotal(), l.discount(), l.net(), l.tax(), l.gross())));
        if (price.shipping() != null) {
            PriceBreakdown.Shipping s = price.shipping();
            amounts.addAll(List.of(s.amount(), s.discount(), s.net(), s.tax(), s.gross()));
        }
        price.taxes().forEach(t -> amounts.addAll(List.of(t.net(), t.tax())));
        price.promotions().forEach(p -> amounts.add(p.amount()));
        PriceBreakdown.Totals t = price.totals();
        amounts.addAll(List.of(t.subtotal(), t.discount(), t.net(), t.tax(), t.gross()));
        assertTrue(amounts.stream().allMatch(amount -> amount >= 0), amounts::toString);
    }

    @Property
    void theInvoicesOfAFullyDeliveredOrderSumToItsTotals(@ForAll("requests") PricingRequest request,
                                                         @ForAll Random random) {
        PriceBreakdown price = Pricing.price(request);

        List<Map<Integer, Integer>> deliveries = split(price, random);
        Map<Integer, Integer> invoiced = new HashMap<>();
        long net = 0;
        long tax = 0;
        long gross = 0;
        Map<AppliedRate, Long> taxPerRate = new HashMap<>();
        for (int d = 0; d < deliveries.size(); d++) {
            InvoiceShare invoice = InvoiceShare.of(price, Map.copyOf(invoiced), deliveries.get(d), d == 0);
            deliveries.get(d).forEach((index, units) -> invoiced.merge(index, units, Integer::sum));
            assertEquals(invoice.net() + invoice.tax(), invoice.gross());
            assertTrue(invoice.lines().stream().allMatch(l -> l.net() >= 0 && l.tax() >= 0));
            invoice.taxes().forEach(r -> taxPerRate.merge(r.rate(), r.tax(), Long::sum));
            net += invoice.net();
            tax += invoice.tax();
            gross += invoice.gross();
        }
        assertEquals(price.totals().net(), net);
        assertEquals(price.totals().tax(), tax);
        assertEquals(price.totals().gross(), gross);
        price.taxes().forEach(r -> assertEquals(r.tax(), taxPerRate.getOrDefault(r.rate(), 0L)));
    }

    /** Each line's quantity spread over one to four deliveries at random; every delivery holds something. */
    private static List<Map<Integer, Integer>> split(PriceBreakdown price, Random random) {
        int count = 1 + random.nextInt(4);
        List<Map<Integer, Integer>> deliveries = new ArrayList<>();
        for (int d = 0; d < count; d++) {
            deliveries.add(new HashMap<>());
        }
        for (int index = 0; index < price.lines().size(); index++) {
            for (int unit = 0; unit < price.lines().get(index).quantity(); unit++) {
                deliveries.get(random.nextInt(count)).merge(index, 1, Integer::sum);
            }
        }
        deliveries.removeIf(Map::isEmpty);
        return deliveries;
    }

    @Provide
    Arbitrary<PricingRequest> requests() {
        Arbitrary<List<PricingLine>> lines = Combinators.combine(
                        Arbitraries.of(PRODUCTS), Arbitraries.of(CATEGORIES), Arbitraries.of(TAX_CATEGORIES),
                        Arbitraries.longs().between(0, 1_000_000), Arbitraries.integers().between(1, 50),
                        Arbitraries.longs().between(0, 5_000))
                .as(PricingLine::new)
                .list().ofMinSize(1).ofMaxSize(6);
        return Builders.withBuilder(() -> new Draft())
                .use(Arbitraries.of(true, false)).in((d, gross) -> d.gross(gross))
                .use(lines).in(Draft::lines)
                .use(destinations()).in(Draft::destination)
                .use(rates().list().ofMaxSize(8)).in(Draft::rates)
                .use(shippingMethods().injectNull(0.2)).in(Draft::shipping)
                .use(promotions(false).list().ofMaxSize(3)).in(Draft::promotions)
                .use(promotions(true).injectNull(0.5)).in(Draft::coupon)
                .build(Draft::request);
    }

    private static Arbitrary<Destination> destinations() {
        return Arbitraries.of(new Destination("DE", null), new Destination("US", "NY"), new Destination("US", "CA"),
                new Destination("US", null));
    }

    private static Arbitrary<TaxRate> rates() {
        return Combinators.combine(Arbitraries.of("DE", "US"), Arbitraries.of("NY", "CA").injectNull(0.5),
                        Arbitraries.of(TAX_CATEGORIES),
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("30")).ofScale(3),
                        Arbitraries.integers().between(-400, 400), Arbitraries.integers().between(1, 800).injectNull(0.5))
                .as((country, region, category, percent, startDay, days) -> {
                    LocalDate from = LocalDate.of(2026, 6, 1).plusDays(startDay);
                    return new TaxRate(TaxRateId.newId(), "rate", country, region, category, percent, from,
                            days == null ? null : from.plusDays(days));
                });
    }

    private static Arbitrary<ShippingMethod> shippingMethods() {
        Arbitrary<ShippingRule> rules = Arbitraries.oneOf(
                Arbitraries.longs().between(0, 5_000).map(ShippingRule.Flat::new),
                Arbitraries.longs().between(0, 1_000).map(ShippingRule.PerItem::new),
                Arbitraries.longs().between(0, 3_000).list().ofMinSize(1).ofMaxSize(3).map(amounts ->
                        new ShippingRule.WeightBands(LongStream.range(0, amounts.size())
                                .mapToObj(i -> new ShippingRule.WeightBand(
                                        i == amounts.size() - 1 ? 1_000_000_000L : 1_000 * (i + 1), amounts.get((int) i)))
                                .toList())));
        return Combinators.combine(rules, Arbitraries.longs().between(0, 10_000_000).injectNull(0.5),
                        Arbitraries.of(TAX_CATEGORIES))
                .as((rule, freeAbove, category) -> new ShippingMethod(ShippingMethodId.newId(), "method", "carrier", "EUR",
                        Set.of("DE", "US"), rule, freeAbove, category, true));
    }

    /** Coupons are always valid here (one that is not is refused, see the reference cases). */
    private static Arbitrary<Promotion> promotions(boolean coupon) {
        Arbitrary<Discount> discounts = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100")).ofScale(2)
                        .map(Discount.Percentage::new),
                Arbitraries.longs().between(1, 5_000_000).map(Discount.FixedAmount::new),
                Arbitraries.just(new Discount.FreeShipping()));
        Arbitrary<PromotionTarget> targets = Arbitraries.oneOf(
                Arbitraries.just(new PromotionTarget.WholeOrder()),
                Arbitraries.subsetOf(PRODUCTS).ofMinSize(1).map(PromotionTarget.Products::new),
                Arbitraries.subsetOf(CATEGORIES).ofMinSize(1).map(PromotionTarget.Categories::new));
        return Combinators.combine(discounts, targets, Arbitraries.longs().between(0, 2_000_000),
                        Arbitraries.integers().between(-10, 10))
                .as((discount, target, minimum, window) -> new Promotion(PromotionId.newId(), "promotion",
                        coupon ? "COUPON" : null, discount, target, coupon ? 0 : minimum,
                        coupon ? null : AT.plusSeconds(window * 3600L), null, UsageLimits.NONE, true));
    }

    private static ProductId product(int n) {
        return new ProductId(new UUID(0x0000_0000_0000_7000L, n));
    }

    private static final class Draft {
        private boolean gross;
        private List<PricingLine> lines;
        private Destination destination;
        private List<TaxRate> rates;
        private ShippingMethod shipping;
        private List<Promotion> promotions;
        private Promotion coupon;

        Draft gross(boolean value) {
            gross = value;
            return this;
        }

        Draft lines(List<PricingLine> value) {
            lines = value;
            return this;
        }

        Draft destination(Destination value) {
            destination = value;
            return this;
        }

        Draft rates(List<TaxRate> value) {
            rates = value;
            return this;
        }

        Draft shipping(ShippingMethod value) {
            shipping = value;
            return this;
        }

        Draft promotions(List<Promotion> value) {
            promotions = value;
            return this;
        }

        Draft coupon(Promotion value) {
            coupon = value;
            return this;
        }

        PricingRequest request() {
            List<Promotion> all = new ArrayList<>(promotions);
            if (coupon != null) {
                all.add(coupon);
            }
            return new PricingRequest("EUR", gross, lines, destination, AT, rates, shipping, all);
        }
    }
}
