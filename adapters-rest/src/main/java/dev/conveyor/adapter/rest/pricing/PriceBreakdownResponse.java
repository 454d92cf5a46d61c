package dev.conveyor.adapter.rest.pricing;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.PriceBreakdown;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * An order's price; every amount in minor units of {@code currency}. {@code subtotal} and
 * {@code discount} are as prices are entered (gross when {@code pricesIncludeTax}, net otherwise).
 */
@Serdeable
@Schema(description = "An order's price: per line, shipping, per tax rate and totals, in minor units (see docs/pricing.md)")
public record PriceBreakdownResponse(String currency, boolean pricesIncludeTax, List<Line> lines,
                                     @Nullable Shipping shipping, List<RateTotal> taxes,
                                     @JsonInclude(JsonInclude.Include.ALWAYS) List<AppliedPromotion> promotions,
                                     Totals totals) {

    public static PriceBreakdownResponse of(PriceBreakdown price) {
        PriceBreakdown.Shipping shipping = price.shipping();
        return new PriceBreakdownResponse(price.currency(), price.pricesIncludeTax(),
                price.lines().stream().map(l -> new Line(l.productId().toString(), l.quantity(), l.unitPrice(),
                        l.subtotal(), l.discount(), l.net(), l.tax(), l.gross(), Rate.of(l.rate()))).toList(),
                Shipping.of(shipping), RateTotal.of(price.taxes()),
                price.promotions().stream().map(p -> new AppliedPromotion(p.id().toString(), p.name(), p.code(),
                        p.amount())).toList(),
                new Totals(price.totals().subtotal(), price.totals().discount(), price.totals().net(),
                        price.totals().tax(), price.totals().gross()));
    }

    @Serdeable
    public record Line(@Schema(format = "uuid") String productId, int quantity, long unitPrice, long subtotal,
                       long discount, long net, long tax, long gross, Rate rate) {
    }

    @Serdeable
    public record Shipping(@Schema(format = "uuid") String methodId, String name, String carrier, long amount,
                           long discount, long net, long tax, long gross, Rate rate) {

        public static Shipping of(PriceBreakdown.Shipping shipping) {
            return shipping == null ? null : new Shipping(shipping.methodId().toString(), shipping.name(),
                    shipping.carrier(), shipping.amount(), shipping.discount(), shipping.net(), shipping.tax(),
                    shipping.gross(), Rate.of(shipping.rate()));
        }
    }

    /** The rate applied as it was then; no id for amounts no rate applied to ("untaxed"). */
    @Serdeable
    public record Rate(@Nullable @Schema(format = "uuid") String id, String name, BigDecimal percent) {

        public static Rate of(AppliedRate rate) {
            return new Rate(rate.id() == null ? null : rate.id().toString(), rate.name(), rate.percent());
        }
    }

    @Serdeable
    public record RateTotal(Rate rate, long net, long tax) {

        public static List<RateTotal> of(List<PriceBreakdown.RateTotal> taxes) {
            return taxes.stream().map(t -> new RateTotal(Rate.of(t.rate()), t.net(), t.tax())).toList();
        }
    }

    /**
     * A promotion that applied, in the order they applied: {@code code} for the coupon, none for an automatic
     * one; {@code amount} what it took off (a free-shipping promotion: the shipping charge).
     */
    @Serdeable
    public record AppliedPromotion(@Schema(format = "uuid") String id, String name, @Nullable String code,
                                   long amount) {
    }

    @Serdeable
    public record Totals(long subtotal, long discount, long net, long tax, long gross) {
    }
}
