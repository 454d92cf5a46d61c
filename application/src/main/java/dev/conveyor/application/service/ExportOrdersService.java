package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.ExportOrdersQuery;
import dev.conveyor.application.port.out.AdminOrderSearch;
import dev.conveyor.application.port.out.AdminOrdersPort;
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
