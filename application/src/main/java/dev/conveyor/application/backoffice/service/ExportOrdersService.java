package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.ExportOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrderSearch;
import dev.conveyor.application.backoffice.port.out.AdminOrdersPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.Role;

final class ExportOrdersService implements ExportOrdersQuery {

    private final AdminOrdersPort adminOrders;

    ExportOrdersService(AdminOrdersPort adminOrders) {
        this.adminOrders = adminOrders;
    }

    @Override
    public OrderExport export(Actor actor, AdminOrderSearch search) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        return new OrderExport(rows -> adminOrders.export(search, rows));
    }
}
