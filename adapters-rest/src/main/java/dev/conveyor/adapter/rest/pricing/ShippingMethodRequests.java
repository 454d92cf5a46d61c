package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.pricing.port.in.ShippingMethodCommand;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingRule;
import dev.conveyor.domain.pricing.TaxCategory;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** The bodies and answers of the shipping method administration. */
final class ShippingMethodRequests {

    private ShippingMethodRequests() {
    }

    /** A method as a whole; {@code taxCategory} defaults to standard, {@code active} to true. */
    @Serdeable
    record ShippingMethodRequest(@Nullable @Schema(example = "Parcel") String name,
                                 @Nullable @Schema(example = "DHL") String carrier,
                                 @Nullable @Schema(example = "EUR") String currency,
                                 @Nullable @Schema(example = "[\"DE\", \"AT\"]") List<String> countries,
                                 @Nullable RuleRequest rule,
                                 @Nullable @Schema(type = "integer", minimum = "0",
                                         description = "an order whose discounted subtotal reaches it ships free")
                                 BigDecimal freeAbove,
                                 @Nullable @Schema(example = "standard") String taxCategory,
                                 @Nullable Boolean active) implements JsonRequest {

        ShippingMethodCommand toCommand() {
            ShippingRule shippingRule = Check.notNull("rule", rule).toRule();
            return new ShippingMethodCommand(name, carrier, currency,
                    countries == null ? null : new HashSet<>(countries), shippingRule,
                    AdminInputs.optionalLong("freeAbove", freeAbove),
                    new TaxCategory(taxCategory == null ? TaxCategory.STANDARD.code() : taxCategory),
                    active == null || active);
        }
    }

    /** {@code FLAT} and {@code PER_ITEM} take {@code amount}; {@code WEIGHT_BANDS} takes {@code bands}. */
    @Serdeable
    record RuleRequest(@Nullable @Schema(allowableValues = {"FLAT", "PER_ITEM", "WEIGHT_BANDS"}) String kind,
                       @Nullable @Schema(type = "integer", minimum = "0") BigDecimal amount,
                       @Nullable List<BandRequest> bands) {

        ShippingRule toRule() {
            Kind ruleKind = Inputs.enumValue("rule.kind", kind, Kind.class);
            return AdminInputs.renamed("shipping.", "rule.", () -> switch (ruleKind) {
                case FLAT -> new ShippingRule.Flat(Inputs.wholeLong("rule.amount", amount));
                case PER_ITEM -> new ShippingRule.PerItem(Inputs.wholeLong("rule.amount", amount));
                case WEIGHT_BANDS -> new ShippingRule.WeightBands(weightBands());
            });
        }

        private List<ShippingRule.WeightBand> weightBands() {
            List<ShippingRule.WeightBand> result = new ArrayList<>();
            Check.notNull("rule.bands", bands);
            for (int i = 0; i < bands.size(); i++) {
                String field = "rule.bands[" + i + "]";
                BandRequest band = Check.notNull(field, bands.get(i));
                long upTo = Inputs.wholeLong(field + ".upToGrams", band.upToGrams());
                long price = Inputs.wholeLong(field + ".amount", band.amount());
                try {
                    result.add(new ShippingRule.WeightBand(upTo, price));
                } catch (InvalidInputException e) {
                    String member = e.field().substring(e.field().lastIndexOf('.') + 1);
                    throw new InvalidInputException(field + "." + member, field + "." + member + " must not be negative"
                            + (member.equals("upToGrams") ? " or zero" : ""));
                }
            }
            return result;
        }
    }

    enum Kind { FLAT, PER_ITEM, WEIGHT_BANDS }

    @Serdeable
    record BandRequest(@Nullable @Schema(type = "integer", minimum = "1") BigDecimal upToGrams,
                       @Nullable @Schema(type = "integer", minimum = "0") BigDecimal amount) {
    }

    @Serdeable
    record ShippingMethodResponse(@Schema(format = "uuid") String id, String name, String carrier, String currency,
                                  List<String> countries, RuleResponse rule, @Nullable Long freeAbove,
                                  String taxCategory, boolean active) {

        static ShippingMethodResponse of(ShippingMethod method) {
            return new ShippingMethodResponse(method.id().toString(), method.name(), method.carrier(),
                    method.currency(), method.countries().stream().sorted().toList(), RuleResponse.of(method.rule()),
                    method.freeAboveMinor(), method.taxCategory().code(), method.active());
        }
    }

    @Serdeable
    record RuleResponse(String kind, @Nullable Long amount, @Nullable List<BandResponse> bands) {

        static RuleResponse of(ShippingRule rule) {
            if (rule instanceof ShippingRule.Flat flat) {
                return new RuleResponse(Kind.FLAT.name(), flat.amountMinor(), null);
            }
            if (rule instanceof ShippingRule.PerItem perItem) {
                return new RuleResponse(Kind.PER_ITEM.name(), perItem.amountMinor(), null);
            }
            return new RuleResponse(Kind.WEIGHT_BANDS.name(), null, ((ShippingRule.WeightBands) rule).bands().stream()
                    .map(band -> new BandResponse(band.upToGrams(), band.amountMinor())).toList());
        }
    }

    @Serdeable
    record BandResponse(long upToGrams, long amount) {
    }
}
