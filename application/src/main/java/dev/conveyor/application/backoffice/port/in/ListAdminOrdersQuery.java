package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.backoffice.port.out.OrderCustomer;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.util.Map;
import java.util.UUID;

public interface ListAdminOrdersQuery {

    /** Orders up to this many matches are counted exactly. */
    int COUNT_LIMIT = 1_000;

    /** Every customer's orders, for staff and administrators. */
    AdminOrdersPage list(Actor actor, AdminOrderSearch search, PageRequest page);

    /**
     * @param customers  the customers of the page's orders, by id: staff search by them, so the list shows them
     * @param totalExact false when more than {@link #COUNT_LIMIT} orders match: the page's total is then the
     *                   limit, and there are more
     */
    record AdminOrdersPage(Page<OrderView> orders, Map<UUID, OrderCustomer> customers, boolean totalExact) {
        public AdminOrdersPage {
            customers = Map.copyOf(customers);
        }
    }
}
