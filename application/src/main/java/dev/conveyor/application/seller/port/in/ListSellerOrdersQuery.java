package dev.conveyor.application.seller.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.order.OrderStatus;
import java.util.Set;

public interface ListSellerOrdersQuery {

    /**
     * Orders holding the calling seller's products, newest first, each cut down
     * to the seller's lines and their total.
     */
    Page<OrderView> list(Actor actor, SellerOrdersFilter filter, PageRequest page);

    /**
     * @param statuses the orders' statuses; empty for all
     * @param stages   stages of the seller's lines (an order matches if one of them is in one); empty for all
     */
    record SellerOrdersFilter(Set<OrderStatus> statuses, Set<LineStage> stages) {
        public SellerOrdersFilter {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            stages = stages == null ? Set.of() : Set.copyOf(stages);
        }
    }
}
