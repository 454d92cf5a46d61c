package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.ListCustomersQuery;
import dev.conveyor.application.backoffice.port.out.CustomerFiguresPort;
import dev.conveyor.application.backoffice.port.in.ExportOrdersQuery;
import dev.conveyor.application.backoffice.port.in.GetDashboardStatsQuery;
import dev.conveyor.application.backoffice.port.in.GetTodaysDeliveriesQuery;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrdersPort;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort;
import dev.conveyor.application.shared.service.SharedServices;

/** The back office's order list, export and dashboard, in plain Java. */
public final class BackOfficeServices {

    private final ListAdminOrdersQuery listOrders;
    private final ExportOrdersQuery exportOrders;
    private final GetDashboardStatsQuery dashboard;
    private final GetTodaysDeliveriesQuery todaysDeliveries;

    private final ListCustomersQuery customers;

    public BackOfficeServices(SharedServices shared, AdminOrdersPort adminOrders, BackOfficeFiguresPort figures,
                              CustomerFiguresPort customerFigures) {
        var clock = shared.clock();
        var reads = shared.reads();
        listOrders = new ListAdminOrdersService(adminOrders, shared.orderAccess());
        exportOrders = new ExportOrdersService(adminOrders);
        dashboard = new GetDashboardStatsService(figures, reads, clock);
        todaysDeliveries = new GetTodaysDeliveriesService(figures, reads, clock);
        customers = new ListCustomersService(shared.ports().users(), shared.ports().orders(), customerFigures);
    }

    public ListCustomersQuery customers() {
        return customers;
    }

    public ListAdminOrdersQuery listOrders() {
        return listOrders;
    }

    public ExportOrdersQuery exportOrders() {
        return exportOrders;
    }

    public GetDashboardStatsQuery dashboard() {
        return dashboard;
    }

    public GetTodaysDeliveriesQuery todaysDeliveries() {
        return todaysDeliveries;
    }
}
