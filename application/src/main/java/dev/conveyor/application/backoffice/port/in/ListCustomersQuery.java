package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.backoffice.port.out.CustomerFiguresPort.CustomerFigures;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.util.List;

public interface ListCustomersQuery {

    /** Staff and administrators: customer accounts, newest first, matching a text in e-mail or name. */
    Page<User> list(Actor actor, String text, PageRequest page);

    /**
     * Staff and administrators: one customer with their figures and latest orders.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException CUSTOMER_NOT_FOUND when there is no such active account
     */
    CustomerRecord customer(Actor actor, UserId id);

    /** @param recentOrders the latest orders, newest first, at most {@link #RECENT} */
    record CustomerRecord(User user, CustomerFigures figures, List<Order> recentOrders) {
        public static final int RECENT = 5;

        public CustomerRecord {
            recentOrders = List.copyOf(recentOrders);
        }
    }
}
