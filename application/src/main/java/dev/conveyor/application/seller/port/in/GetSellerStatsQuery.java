package dev.conveyor.application.seller.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.LineStage;
import java.util.Map;

public interface GetSellerStatsQuery {

    /** The calling seller's dashboard counters. */
    SellerStats stats(Actor actor);

    /**
     * @param orders orders holding the seller's products
     * @param lines  the seller's order lines per stage, every stage present
     */
    record SellerStats(long orders, Map<LineStage, Long> lines) {
        public SellerStats {
            lines = Map.copyOf(lines);
        }
    }
}
