package dev.conveyor.application.pricing.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.PromotionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored promotions, each with the uses claimed so far ({@link PromotionUsagePort} changes those). */
public interface PromotionPort {

    /** @return false, writing nothing, when another promotion has the same code */
    boolean insert(Promotion promotion);

    /**
     * Replaces everything but the code and the uses.
     *
     * @return false, writing nothing, when the new usage limit is below the uses claimed so far
     */
    boolean update(Promotion promotion);

    Optional<StoredPromotion> findById(PromotionId id);

    /** @param code as {@link Promotion#normalisedCode} leaves it */
    Optional<StoredPromotion> findByCode(String code);

    /** Newest first. */
    Page<StoredPromotion> list(PageRequest page);

    /** The automatic promotions active and valid at that instant, by id. */
    List<Promotion> automaticValidAt(Instant at);

    record StoredPromotion(Promotion promotion, int uses) {
    }
}
