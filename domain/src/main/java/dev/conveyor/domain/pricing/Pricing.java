package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one pricing function: quote, placement, checkout and invoices all price through it.
 *
 * <p>Order of work: line subtotals (unit price × quantity, as entered); promotions, each on what the
 * ones before it left ({@link #STACKING}), allocated to their lines pro rata ({@link Allocation});
 * tax per line on the discounted amount ({@link Tax}); shipping by the method's rule on the parcel's
 * weight and items, free above its threshold (on the discounted subtotal) or by a free-shipping
 * promotion, taxed by its own category; then the sums per rate and for the order.
 */
public final class Pricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Stacking: every automatic promotion that applies, and the coupon if one is given, all apply;
     * those on products or categories before those on the subtotal, percentages before fixed amounts,
     * then by id; free shipping last.
     */
    private static final Comparator<Promotion> STACKING = Comparator
            .comparing((Promotion p) -> p.discount() instanceof Discount.FreeShipping)
            .thenComparing(p -> p.target() instanceof PromotionTarget.WholeOrder)
            .thenComparing(p -> p.discount() instanceof Discount.FixedAmount)
            .thenComparing(Promotion::id);

    private Pricing() {
    }

    public static PriceBreakdown price(PricingRequest request) {
        List<PricingLine> lines = request.lines();
        long[] remaining = lines.stream().mapToLong(PricingLine::subtotal).toArray();
        long subtotal = sum(remaining);
        long[] discounts = new long[lines.size()];
        List<PriceBreakdown.AppliedPromotion> applied = new ArrayList<>();
        Promotion freeShipping = null;

        for (Promotion promotion : applicable(request, subtotal)) {
            if (promotion.discount() instanceof Discount.FreeShipping) {
                freeShipping = freeShipping == null ? promotion : freeShipping;
                continue;
            }
            long[] eligible = new long[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                eligible[i] = promotion.target().covers(lines.get(i)) ? remaining[i] : 0;
            }
            long amount = discountOn(sum(eligible), promotion.discount());
            long[] shares = Allocation.proRata(amount, eligible);
            for (int i = 0; i < lines.size(); i++) {
                remaining[i] -= shares[i];
                discounts[i] += shares[i];
            }
            applied.add(new PriceBreakdown.AppliedPromotion(promotion.id(), promotion.name(), promotion.code(), amount));
        }

        TaxRateTable table = new TaxRateTable(request.rates());
        LocalDate day = LocalDate.ofInstant(request.at(), ZoneOffset.UTC);
        List<PriceBreakdown.Line> priced = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PricingLine line = lines.get(i);
            AppliedRate rate = rateFor(table, request.destination(), line.taxCategory(), day);
            Tax tax = Tax.of(remaining[i], rate.percent(), request.pricesIncludeTax());
            priced.add(new PriceBreakdown.Line(line.productId(), line.quantity(), line.unitPriceMinor(),
                    line.subtotal(), discounts[i], tax.net(), tax.tax(), tax.gross(), rate));
        }

        PriceBreakdown.Shipping shipping = null;
        if (request.shippingMethod() != null) {
            shipping = ship(request, table, day, sum(remaining), freeShipping);
            if (freeShipping != null) {
                applied.add(new PriceBreakdown.AppliedPromotion(freeShipping.id(), freeShipping.name(),
                        freeShipping.code(), shipping.discount()));
            }
        } else if (freeShipping != null) {
            applied.add(new PriceBreakdown.AppliedPromotion(freeShipping.id(), freeShipping.name(), freeShipping.code(), 0));
        }
        return PriceBreakdown.of(request.currency(), request.pricesIncludeTax(), priced, shipping, applied);
    }

    /** The promotions that apply, in stacking order; a coupon that does not apply is refused. */
    private static List<Promotion> applicable(PricingRequest request, long subtotal) {
        List<Promotion> kept = new ArrayList<>();
        for (Promotion promotion : request.promotions()) {
            boolean valid = promotion.validAt(request.at());
            boolean enough = subtotal >= promotion.minimumSubtotalMinor();
            if (valid && enough) {
                kept.add(promotion);
            } else if (promotion.isCoupon()) {
                throw new InvalidInputException("couponCode", valid
                        ? "coupon " + promotion.code() + " needs a subtotal of at least " + promotion.minimumSubtotalMinor()
                        : "coupon " + promotion.code() + (promotion.active() ? " is not valid at this time"
                                : " is no longer offered"));
            }
        }
        kept.sort(STACKING);
        return kept;
    }

    private static long discountOn(long eligible, Discount discount) {
        if (discount instanceof Discount.Percentage percentage) {
            return BigDecimal.valueOf(eligible).multiply(percentage.percent())
                    .divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
        }
        return Math.min(eligible, ((Discount.FixedAmount) discount).amountMinor());
    }

    private static PriceBreakdown.Shipping ship(PricingRequest request, TaxRateTable table, LocalDate day,
                                                long discountedSubtotal, Promotion freeShipping) {
        ShippingMethod method = request.shippingMethod();
        if (!method.serves(request.destination())) {
            throw new InvalidInputException("shippingMethodId",
                    "shipping method " + method.name() + " does not ship to " + request.destination().country());
        }
        if (!method.currency().equals(request.currency())) {
            throw new InvalidInputException("shippingMethodId",
                    "shipping method " + method.name() + " charges in " + method.currency() + ", not " + request.currency());
        }
        long weight = request.lines().stream().mapToLong(PricingLine::weightGrams).reduce(0, Math::addExact);
        long items = request.lines().stream().mapToLong(PricingLine::quantity).sum();
        long charge = method.rule().priceFor(weight, items).orElseThrow(() -> new InvalidInputException(
                "shippingMethodId", "shipping method " + method.name() + " does not carry parcels of " + weight + " g"));
        if (method.freeAboveMinor() != null && discountedSubtotal >= method.freeAboveMinor()) {
            charge = 0;
        }
        long discount = freeShipping == null ? 0 : charge;
        AppliedRate rate = rateFor(table, request.destination(), method.taxCategory(), day);
        Tax tax = Tax.of(charge - discount, rate.percent(), request.pricesIncludeTax());
        return new PriceBreakdown.Shipping(method.id(), method.name(), method.carrier(), charge, discount,
                tax.net(), tax.tax(), tax.gross(), rate);
    }

    private static AppliedRate rateFor(TaxRateTable table, Destination destination, TaxCategory category, LocalDate day) {
        return table.inForce(destination, category, day).map(AppliedRate::of).orElse(AppliedRate.NONE);
    }

    /** Per rate, highest percent first (untaxed last), each rate once. */
    static List<PriceBreakdown.RateTotal> rateTotals(List<PriceBreakdown.Line> lines, PriceBreakdown.Shipping shipping) {
        Map<AppliedRate, long[]> sums = new LinkedHashMap<>();
        for (PriceBreakdown.Line line : lines) {
            add(sums, line.rate(), line.net(), line.tax());
        }
        if (shipping != null) {
            add(sums, shipping.rate(), shipping.net(), shipping.tax());
        }
        return sums.entrySet().stream()
                .map(entry -> new PriceBreakdown.RateTotal(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparing((PriceBreakdown.RateTotal total) -> total.rate().percent()).reversed()
                        .thenComparing(total -> total.rate().id() == null)
                        .thenComparing(total -> total.rate().name()))
                .toList();
    }

    private static void add(Map<AppliedRate, long[]> sums, AppliedRate rate, long net, long tax) {
        long[] sum = sums.computeIfAbsent(rate, r -> new long[2]);
        sum[0] = Math.addExact(sum[0], net);
        sum[1] = Math.addExact(sum[1], tax);
    }

    private static long sum(long[] amounts) {
        long total = 0;
        for (long amount : amounts) {
            total = Math.addExact(total, amount);
        }
        return total;
    }
}
