package dev.conveyor.application.seller.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.UserId;
import java.util.Map;
import java.util.Set;

/** Orders as the sellers of their products see them. */
public interface SellerOrdersPort {

    /**
     * Orders holding at least one line of the seller, newest first, with all
     * their lines (cutting them down to the seller's is the caller's job).
     *
     * @param statuses only orders in one of these statuses; all when empty
     * @param stages   only orders with a line of the seller in one of these stages; all when empty
     */
    Page<Order> findBySeller(UserId sellerId, Set<OrderStatus> statuses, Set<LineStage> stages, PageRequest page);

    /** How many orders hold the seller's lines, and how many of those lines are in each stage. */
    LineCounts countLines(UserId sellerId);

    /** @param lines stages without lines are absent */
    record LineCounts(long orders, Map<LineStage, Long> lines) {
        public LineCounts {
            lines = Map.copyOf(lines);
        }
    }
}
