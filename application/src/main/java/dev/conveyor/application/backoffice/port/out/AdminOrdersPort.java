package dev.conveyor.application.backoffice.port.out;

import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.Order;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** The back office's view of all orders: search and export. */
public interface AdminOrdersPort {

    /**
     * One page of the matching orders with all their lines and their customers, and how many match,
     * counted up to {@code countLimit}: counting every match of a broad filter over millions of orders costs
     * more than the page itself.
     */
    Found search(AdminOrderSearch search, PageRequest page, int countLimit);

    /**
     * Hands every matching order to {@code rows}, one at a time in the search's order, while reading them
     * from the database: whatever the number of orders, only a few are in memory at once.
     */
    void export(AdminOrderSearch search, Consumer<OrderExportRow> rows);

    /**
     * @param customers the customers of the page's orders, by id
     * @param total     matches counted, at most the count limit
     * @param complete  false when counting stopped at the limit: there are more
     */
    record Found(List<Order> orders, Map<UUID, OrderCustomer> customers, long total, boolean complete) {
        public Found {
            orders = List.copyOf(orders);
            customers = Map.copyOf(customers);
        }
    }
}
