package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.ListCustomersQuery;
import dev.conveyor.application.backoffice.port.out.CustomerFiguresPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.util.Set;

final class ListCustomersService implements ListCustomersQuery {

    private final UserRepositoryPort users;
    private final OrderRepositoryPort orders;
    private final CustomerFiguresPort figures;

    ListCustomersService(UserRepositoryPort users, OrderRepositoryPort orders, CustomerFiguresPort figures) {
        this.users = users;
        this.orders = orders;
        this.figures = figures;
    }

    @Override
    public Page<User> list(Actor actor, String text, PageRequest page) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        return users.list(Role.CUSTOMER, Check.optionalText("q", text, 100), page);
    }

    /** Any active account that may have ordered: a customer who was made staff keeps their orders. */
    @Override
    public CustomerRecord customer(Actor actor, UserId id) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        User user = activeAccount(users, id);
        return new CustomerRecord(user, figures.figures(id),
                orders.findByCustomer(id, Set.of(), new PageRequest(0, CustomerRecord.RECENT)).items());
    }

    /** The account behind a customer id; a deleted one is not found: its personal data is erased. */
    static User activeAccount(UserRepositoryPort users, UserId id) {
        return users.findById(id).filter(User::isActive).orElseThrow(() -> new NotFoundException(
                "CUSTOMER_NOT_FOUND", "there is no customer " + id));
    }
}
