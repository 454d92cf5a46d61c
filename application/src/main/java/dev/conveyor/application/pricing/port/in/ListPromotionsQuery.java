package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;

public interface ListPromotionsQuery {

    /** Staff and administrators: newest first. */
    Page<PromotionView> list(Actor actor, PageRequest page);
}
