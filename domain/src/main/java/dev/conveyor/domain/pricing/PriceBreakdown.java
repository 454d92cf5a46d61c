package dev.conveyor.domain.pricing;

import dev.conveyor.domain.catalog.ProductId;
import java.math.BigInteger;
import java.util.List;

/**
 * An order's price, all amounts in minor units of {@code currency}, none negative. Per line and for
 * shipping: the amount before discount and the discount as prices are entered (gross when prices
 * include tax, net otherwise), then net, tax and gross (gross = net + tax). {@code taxes} sums net and
 * tax per rate (lines and shipping); the totals sum everything.
 */
public record PriceBreakdown(String currency, boolean pricesIncludeTax, List<Line> lines, Shipping shipping,
                             List<RateTotal> taxes, List<AppliedPromotion> promotions, Totals totals) {

    public PriceBreakdown {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
        promotions = List.copyOf(promotions);
    }

    /** The breakdown of priced lines and shipping: sums per rate and totals follow from them. */
    public static PriceBreakdown of(String currency, boolean pricesIncludeTax, List<Line> lines, Shipping shipping,
                                    List<AppliedPromotion> promotions) {
        long subtotal = 0;
        long discount = 0;
        long net = 0;
        long tax = 0;
        for (Line line : lines) {
            subtotal = Math.addExact(subtotal, line.subtotal());
            discount = Math.addExact(discount, line.discount());
            net = Math.addExact(net, line.net());
            tax = Math.addExact(tax, line.tax());
        }
        if (shipping != null) {
            discount = Math.addExact(discount, shipping.discount());
            net = Math.addExact(net, shipping.net());
            tax = Math.addExact(tax, shipping.tax());
        }
        return new PriceBreakdown(currency, pricesIncludeTax, lines, shipping, Pricing.rateTotals(lines, shipping),
                promotions, new Totals(subtotal, discount, net, tax, Math.addExact(net, tax)));
    }

    /**
     * The part of this price some lines make up (a seller's share of an order): those lines as priced,
     * without the shipping charge and the order's promotions.
     */
    public PriceBreakdown ofLines(List<Integer> indexes) {
        return of(currency, pricesIncludeTax, indexes.stream().map(lines::get).toList(), null, List.of());
    }

    /**
     * An amount given back without naming lines (goodwill), split like the whole price: over the rates in
     * proportion to what each rate's net and tax make up, then within a rate into net and tax as the rate
     * stands in the price. An order priced without any rate gives it back untaxed.
     *
     * @param gross at most the order's gross
     */
    public List<RateTotal> splitByRate(long gross) {
        if (taxes.isEmpty()) {
            return List.of(new RateTotal(AppliedRate.NONE, gross, 0));
        }
        long[] weights = taxes.stream().mapToLong(rate -> Math.addExact(rate.net(), rate.tax())).toArray();
        long[] shares = Allocation.proRata(gross, weights);
        List<RateTotal> parts = new java.util.ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] > 0) {
                RateTotal rate = taxes.get(i);
                long tax = BigInteger.valueOf(shares[i]).multiply(BigInteger.valueOf(rate.tax()))
                        .divide(BigInteger.valueOf(weights[i])).longValueExact();
                parts.add(new RateTotal(rate.rate(), shares[i] - tax, tax));
            }
        }
        return parts;
    }

    /**
     * {@code floor(amount × units / quantity)}: what {@code units} of a line's {@code quantity} carry of
     * one of its amounts, so that parts taken one after another always add up to the whole.
     */
    static long share(long amount, int units, int quantity) {
        return units == quantity ? amount
                : BigInteger.valueOf(amount).multiply(BigInteger.valueOf(units))
                        .divide(BigInteger.valueOf(quantity)).longValueExact();
    }

    public record Line(ProductId productId, int quantity, long unitPrice, long subtotal, long discount,
                       long net, long tax, long gross, AppliedRate rate) {

        /**
         * A line as stored: with prices entered gross its gross is the discounted subtotal, with prices
         * entered net its net is; the other follows from the tax.
         */
        public static Line of(ProductId productId, int quantity, long unitPrice, long discount, long tax,
                              AppliedRate rate, boolean pricesIncludeTax) {
            long subtotal = Math.multiplyExact(unitPrice, quantity);
            long entered = subtotal - discount;
            return pricesIncludeTax
                    ? new Line(productId, quantity, unitPrice, subtotal, discount, entered - tax, tax, entered, rate)
                    : new Line(productId, quantity, unitPrice, subtotal, discount, entered, tax, entered + tax, rate);
        }

        /**
         * The line with {@code units} ordered at its copied unit price and rate (an order's edit). Promotions are
         * not applied again: fewer units keep their share of the line's discount, units added get none, so an
         * edit never raises a discount.
         */
        public Line withQuantity(int units, boolean pricesIncludeTax) {
            long kept = share(discount, Math.min(units, quantity), quantity);
            long newSubtotal = Math.multiplyExact(unitPrice, units);
            Tax taxed = Tax.of(newSubtotal - kept, rate.percent(), pricesIncludeTax);
            return new Line(productId, units, unitPrice, newSubtotal, kept, taxed.net(), taxed.tax(), taxed.gross(),
                    rate);
        }

        /** What {@code units} of the line carry of its gross, as invoices of them charge it. */
        public long grossOf(int units) {
            return netOf(units) + taxOf(units);
        }

        /** What {@code units} of the line carry of its net; parts taken one after another add up to it. */
        public long netOf(int units) {
            return share(net, units, quantity);
        }

        /** What {@code units} of the line carry of its tax; parts taken one after another add up to it. */
        public long taxOf(int units) {
            return share(tax, units, quantity);
        }
    }

    /** The chosen method as it was when priced; {@code amount} is its charge before promotions. */
    public record Shipping(ShippingMethodId methodId, String name, String carrier, long amount, long discount,
                           long net, long tax, long gross, AppliedRate rate) {

        /** The charge as stored; net and gross follow as for a {@linkplain Line#of line}. */
        public static Shipping of(ShippingMethodId methodId, String name, String carrier, long amount, long discount,
                                  long tax, AppliedRate rate, boolean pricesIncludeTax) {
            long entered = amount - discount;
            return pricesIncludeTax
                    ? new Shipping(methodId, name, carrier, amount, discount, entered - tax, tax, entered, rate)
                    : new Shipping(methodId, name, carrier, amount, discount, entered, tax, entered + tax, rate);
        }
    }

    public record RateTotal(AppliedRate rate, long net, long tax) {
    }

    public record AppliedPromotion(PromotionId id, String name, String code, long amount) {
    }

    /** {@code subtotal}: the lines before discounts; {@code discount}: lines' and shipping's. */
    public record Totals(long subtotal, long discount, long net, long tax, long gross) {
    }
}
