package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.common.Page;
import dev.conveyor.application.common.PageRequest;
import dev.conveyor.application.port.out.AdminOrderSearch;

public interface ListAdminOrdersQuery {

    /** Orders up to this many matches are counted exactly. */
    int COUNT_LIMIT = 1_000;

    /** Every customer's orders, for staff and administrators. */
    AdminOrdersPage list(Actor actor, AdminOrderSearch search, PageRequest page);

    /**
     * @param totalExact false when more than {@link #COUNT_LIMIT} orders match: the page's total is then the
     *                   limit, and there are more
     */
    record AdminOrdersPage(Page<OrderView> orders, boolean totalExact) {
    }
}
