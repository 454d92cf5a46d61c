package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.backoffice.port.out.AdminOrdersPort.Found;
import dev.conveyor.application.backoffice.port.out.AdminOrdersPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.user.Role;

final class ListAdminOrdersService implements ListAdminOrdersQuery {

    private final AdminOrdersPort adminOrders;
    private final OrderAccess access;

    ListAdminOrdersService(AdminOrdersPort adminOrders, OrderAccess access) {
        this.adminOrders = adminOrders;
        this.access = access;
    }

    @Override
    public AdminOrdersPage list(Actor actor, AdminOrderSearch search, PageRequest page) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        Found found = adminOrders.search(search, page, COUNT_LIMIT);
        return new AdminOrdersPage(Page.of(found.orders(), page, found.total()).map(o -> access.listed(actor, o)),
                found.customers(), found.complete());
    }
}
