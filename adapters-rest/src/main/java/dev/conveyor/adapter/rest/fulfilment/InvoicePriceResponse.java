package dev.conveyor.adapter.rest.fulfilment;

import dev.conveyor.adapter.rest.pricing.PriceBreakdownResponse;
import dev.conveyor.domain.pricing.InvoiceShare;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What an invoice charges of its order's price, in minor units of the invoice's currency: per line its
 * share of the line's discounted net and tax, the shipping charge (on the order's first invoice only),
 * sums per tax rate and totals (see docs/pricing.md).
 */
@Serdeable
@Schema(description = "An invoice's share of its order's price: per line, shipping, per tax rate and totals, "
        + "in minor units (see docs/pricing.md)")
public record InvoicePriceResponse(List<Line> lines, @Nullable PriceBreakdownResponse.Shipping shipping,
                                   List<PriceBreakdownResponse.RateTotal> taxes, long net, long tax, long gross) {

    static InvoicePriceResponse of(InvoiceShare share) {
        return new InvoicePriceResponse(share.lines().stream().map(l -> new Line(l.index() + 1, l.quantity(),
                        l.net(), l.tax(), l.gross(), PriceBreakdownResponse.Rate.of(l.rate()))).toList(),
                PriceBreakdownResponse.Shipping.of(share.shipping()), PriceBreakdownResponse.RateTotal.of(share.taxes()),
                share.net(), share.tax(), share.gross());
    }

    /** One invoiced order line ({@code lineNo}) and the units of it this invoice charges. */
    @Serdeable
    public record Line(int lineNo, int quantity, long net, long tax, long gross, PriceBreakdownResponse.Rate rate) {
    }
}
