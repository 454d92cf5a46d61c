package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one delivery's invoice charges of a priced order: per delivered line its part of the line's
 * discounted net and tax, the shipping charge on the first invoice only, and sums per rate.
 *
 * <p>A line's part is cumulative: after {@code c} of its {@code q} units are invoiced, the invoices
 * hold {@code floor(amount × c / q)} of each of its amounts, so every invoice takes the difference and
 * the invoice that completes the line takes exactly what is left. Whatever the split into deliveries,
 * the invoices of a fully delivered order add up to the order's net, tax and gross to the minor unit.
 */
public record InvoiceShare(List<Line> lines, PriceBreakdown.Shipping shipping, List<PriceBreakdown.RateTotal> taxes,
                           long net, long tax, long gross) {

    public InvoiceShare {
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    /** {@code index}: the line's position in the order's breakdown; {@code rate}: the line's, as copied. */
    public record Line(int index, int quantity, long net, long tax, long gross, AppliedRate rate) {
    }

    /** An invoice's share as stored: its lines and shipping; sums per rate and totals follow from them. */
    public static InvoiceShare of(List<Line> lines, PriceBreakdown.Shipping shipping) {
        List<PriceBreakdown.Line> parts = lines.stream().map(line -> new PriceBreakdown.Line(null, line.quantity(), 0,
                0, 0, line.net(), line.tax(), line.gross(), line.rate())).toList();
        long net = 0;
        long tax = 0;
        for (Line line : lines) {
            net = Math.addExact(net, line.net());
            tax = Math.addExact(tax, line.tax());
        }
        if (shipping != null) {
            net = Math.addExact(net, shipping.net());
            tax = Math.addExact(tax, shipping.tax());
        }
        return new InvoiceShare(lines, shipping, Pricing.rateTotals(parts, shipping), net, tax, Math.addExact(net, tax));
    }

    /**
     * @param invoicedBefore units per line index already on earlier invoices
     * @param delivered      units per line index on this invoice
     * @param first          whether this is the order's first invoice, which carries the shipping charge
     */
    public static InvoiceShare of(PriceBreakdown order, Map<Integer, Integer> invoicedBefore,
                                  Map<Integer, Integer> delivered, boolean first) {
        List<Line> lines = new ArrayList<>();
        for (int index = 0; index < order.lines().size(); index++) {
            int now = delivered.getOrDefault(index, 0);
            if (now == 0) {
                continue;
            }
            PriceBreakdown.Line line = order.lines().get(index);
            int before = invoicedBefore.getOrDefault(index, 0);
            Check.state(now > 0 && before >= 0 && before + now <= line.quantity(),
                    "line " + index + " cannot invoice " + now + " more after " + before + " of " + line.quantity());
            long net = PriceBreakdown.share(line.net(), before + now, line.quantity())
                    - PriceBreakdown.share(line.net(), before, line.quantity());
            long tax = PriceBreakdown.share(line.tax(), before + now, line.quantity())
                    - PriceBreakdown.share(line.tax(), before, line.quantity());
            lines.add(new Line(index, now, net, tax, net + tax, line.rate()));
        }
        return of(lines, first ? order.shipping() : null);
    }
}
