package dev.conveyor.application.pricing.port.in;

import dev.conveyor.domain.pricing.Promotion;

/** A promotion with the uses claimed by orders that are not cancelled. */
public record PromotionView(Promotion promotion, int uses) {
}
