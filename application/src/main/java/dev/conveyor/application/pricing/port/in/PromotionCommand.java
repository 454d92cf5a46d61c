package dev.conveyor.application.pricing.port.in;

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

    public Promotion toPromotion(PromotionId id) {
        return new Promotion(id, name, code, discount, target, minimumSubtotalMinor, validFrom, validUntil, limits,
                active);
    }
}
