package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.pricing.port.in.PromotionCommand;
import dev.conveyor.application.pricing.port.in.PromotionView;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.Discount;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.PromotionTarget;
import dev.conveyor.domain.pricing.UsageLimits;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The bodies and answers of the promotion administration. */
final class PromotionRequests {

    private PromotionRequests() {
    }

    /**
     * A promotion as a whole: a coupon with a {@code code}, automatic without. {@code target} defaults to the
     * whole order, {@code minimumSubtotal} to 0, {@code active} to true; limits are for coupons only.
     */
    @Serdeable
    record PromotionRequest(@Nullable @Schema(example = "Spring sale") String name,
                            @Nullable @Schema(example = "SPRING10") String code,
                            @Nullable DiscountRequest discount,
                            @Nullable TargetRequest target,
                            @Nullable @Schema(type = "integer", minimum = "0") BigDecimal minimumSubtotal,
                            @Nullable @Schema(format = "date-time") String validFrom,
                            @Nullable @Schema(format = "date-time") String validUntil,
                            @Nullable @Schema(type = "integer", minimum = "1") BigDecimal usageLimit,
                            @Nullable @Schema(type = "integer", minimum = "1") BigDecimal perCustomerLimit,
                            @Nullable Boolean active) implements JsonRequest {

        PromotionCommand toCommand() {
            Discount off = Check.notNull("discount", discount).toDiscount();
            PromotionTarget covers = target == null ? new PromotionTarget.WholeOrder() : target.toTarget();
            long minimum = minimumSubtotal == null ? 0 : Inputs.wholeLong("minimumSubtotal", minimumSubtotal);
            UsageLimits limits = new UsageLimits(Inputs.optionalWholeInt("usageLimit", usageLimit),
                    Inputs.optionalWholeInt("perCustomerLimit", perCustomerLimit));
            return new PromotionCommand(name, code, off, covers, minimum,
                    AdminInputs.optionalInstant("validFrom", validFrom),
                    AdminInputs.optionalInstant("validUntil", validUntil), limits, active == null || active);
        }
    }

    /** {@code PERCENTAGE} takes {@code percent}, {@code FIXED_AMOUNT} takes {@code amount}. */
    @Serdeable
    record DiscountRequest(@Nullable @Schema(allowableValues = {"PERCENTAGE", "FIXED_AMOUNT", "FREE_SHIPPING"})
                           String kind,
                           @Nullable @Schema(example = "10") BigDecimal percent,
                           @Nullable @Schema(type = "integer", minimum = "1") BigDecimal amount) {

        Discount toDiscount() {
            return switch (Inputs.enumValue("discount.kind", kind, DiscountKind.class)) {
                case PERCENTAGE -> Inputs.nested("discount",
                        () -> new Discount.Percentage(Check.notNull("percent", percent)));
                case FIXED_AMOUNT -> Inputs.nested("discount",
                        () -> new Discount.FixedAmount(Inputs.wholeLong("amount", amount)));
                case FREE_SHIPPING -> new Discount.FreeShipping();
            };
        }
    }

    enum DiscountKind { PERCENTAGE, FIXED_AMOUNT, FREE_SHIPPING }

    /** {@code PRODUCTS} takes {@code productIds}, {@code CATEGORIES} takes {@code categories}. */
    @Serdeable
    record TargetRequest(@Nullable @Schema(allowableValues = {"WHOLE_ORDER", "PRODUCTS", "CATEGORIES"}) String kind,
                         @Nullable List<String> productIds,
                         @Nullable List<String> categories) {

        PromotionTarget toTarget() {
            return switch (Inputs.enumValue("target.kind", kind, TargetKind.class)) {
                case WHOLE_ORDER -> new PromotionTarget.WholeOrder();
                case PRODUCTS -> {
                    Check.notNull("target.productIds", productIds);
                    Set<ProductId> ids = new HashSet<>();
                    for (int i = 0; i < productIds.size(); i++) {
                        ids.add(new ProductId(Inputs.uuid("target.productIds[" + i + "]", productIds.get(i))));
                    }
                    yield Inputs.nested("target", () -> new PromotionTarget.Products(ids));
                }
                case CATEGORIES -> {
                    Check.notNull("target.categories", categories);
                    Set<String> names = new HashSet<>();
                    for (int i = 0; i < categories.size(); i++) {
                        names.add(Check.text("target.categories[" + i + "]", categories.get(i), 100));
                    }
                    yield Inputs.nested("target", () -> new PromotionTarget.Categories(names));
                }
            };
        }
    }

    enum TargetKind { WHOLE_ORDER, PRODUCTS, CATEGORIES }

    /** {@code uses}: orders holding the coupon that were not cancelled. */
    @Serdeable
    record PromotionResponse(@Schema(format = "uuid") String id, String name, @Nullable String code,
                             DiscountResponse discount, TargetResponse target, long minimumSubtotal,
                             @Nullable @Schema(format = "date-time") String validFrom,
                             @Nullable @Schema(format = "date-time") String validUntil,
                             @Nullable Integer usageLimit, @Nullable Integer perCustomerLimit, boolean active,
                             int uses) {

        static PromotionResponse of(PromotionView view) {
            Promotion promotion = view.promotion();
            return new PromotionResponse(promotion.id().toString(), promotion.name(), promotion.code(),
                    DiscountResponse.of(promotion.discount()), TargetResponse.of(promotion.target()),
                    promotion.minimumSubtotalMinor(),
                    promotion.validFrom() == null ? null : promotion.validFrom().toString(),
                    promotion.validUntil() == null ? null : promotion.validUntil().toString(),
                    promotion.limits().total(), promotion.limits().perCustomer(), promotion.active(), view.uses());
        }
    }

    @Serdeable
    record DiscountResponse(String kind, @Nullable BigDecimal percent, @Nullable Long amount) {

        static DiscountResponse of(Discount discount) {
            if (discount instanceof Discount.Percentage percentage) {
                return new DiscountResponse(DiscountKind.PERCENTAGE.name(), percentage.percent(), null);
            }
            if (discount instanceof Discount.FixedAmount fixed) {
                return new DiscountResponse(DiscountKind.FIXED_AMOUNT.name(), null, fixed.amountMinor());
            }
            return new DiscountResponse(DiscountKind.FREE_SHIPPING.name(), null, null);
        }
    }

    @Serdeable
    record TargetResponse(String kind, @Nullable List<String> productIds, @Nullable List<String> categories) {

        static TargetResponse of(PromotionTarget target) {
            if (target instanceof PromotionTarget.Products products) {
                return new TargetResponse(TargetKind.PRODUCTS.name(),
                        products.productIds().stream().map(ProductId::toString).sorted().toList(), null);
            }
            if (target instanceof PromotionTarget.Categories categories) {
                return new TargetResponse(TargetKind.CATEGORIES.name(), null,
                        categories.categories().stream().sorted().toList());
            }
            return new TargetResponse(TargetKind.WHOLE_ORDER.name(), null, null);
        }
    }
}
