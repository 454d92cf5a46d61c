package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Fingerprint;
import dev.conveyor.domain.pricing.Discount;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.pricing.PromotionTarget;
import dev.conveyor.domain.pricing.UsageLimits;
import java.time.Instant;

/** What an administrator says a promotion is: checked here as the promotion it becomes. */
public record PromotionCommand(String name, String code, Discount discount, PromotionTarget target,
                               long minimumSubtotalMinor, Instant validFrom, Instant validUntil, UsageLimits limits,
                               boolean active) {

    public PromotionCommand {
        Promotion checked = new Promotion(PromotionId.newId(), name, code, discount, target, minimumSubtotalMinor,
                validFrom, validUntil, limits, active);
        name = checked.name();
        code = checked.code();
    }

    /** The command's canonical text, to recognise retries. */
    public String fingerprint() {
        Fingerprint fingerprint = new Fingerprint().field(name).field(code);
        if (discount instanceof Discount.Percentage percentage) {
            fingerprint.field("PERCENTAGE").field(percentage.percent().stripTrailingZeros().toPlainString());
        } else if (discount instanceof Discount.FixedAmount fixed) {
            fingerprint.field("FIXED_AMOUNT").field(Long.toString(fixed.amountMinor()));
        } else {
            fingerprint.field("FREE_SHIPPING");
        }
        if (target instanceof PromotionTarget.Products products) {
            fingerprint.field("PRODUCTS").field(String.join(",",
                    products.productIds().stream().map(Object::toString).sorted().toList()));
        } else if (target instanceof PromotionTarget.Categories categories) {
            fingerprint.field("CATEGORIES");
            categories.categories().stream().sorted().forEach(fingerprint::field);
        } else {
            fingerprint.field("WHOLE_ORDER");
        }
        return fingerprint.field(Long.toString(minimumSubtotalMinor))
                .field(validFrom == null ? null : validFrom.toString())
                .field(validUntil == null ? null : validUntil.toString())
                .field(limits.total() == null ? null : limits.total().toString())
                .field(limits.perCustomer() == null ? null : limits.perCustomer().toString())
                .field(Boolean.toString(active)).toString();
    }

    public Promotion toPromotion(PromotionId id) {
        return new Promotion(id, name, code, discount, target, minimumSubtotalMinor, validFrom, validUntil, limits,
                active);
    }
}
