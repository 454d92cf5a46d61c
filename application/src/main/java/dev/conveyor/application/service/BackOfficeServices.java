package dev.conveyor.application.service;

import dev.conveyor.application.port.in.ExportOrdersQuery;
import dev.conveyor.application.port.in.GetDashboardStatsQuery;
import dev.conveyor.application.port.in.GetTodaysDeliveriesQuery;
import dev.conveyor.application.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.port.out.AdminOrdersPort;
import dev.conveyor.application.port.out.BackOfficeFiguresPort;
import java.time.Clock;

/** The back office's order list, export and dashboard, in plain Java. */
public final class BackOfficeServices {

    private final ListAdminOrdersQuery listOrders;
    private final ExportOrdersQuery exportOrders;
    private final GetDashboardStatsQuery dashboard;
    private final GetTodaysDeliveriesQuery todaysDeliveries;

    public BackOfficeServices(CorePorts ports, AdminOrdersPort adminOrders, BackOfficeFiguresPort figures,
                              Clock clock) {
        CachedReads reads = new CachedReads(ports.cache(), ports.orders(), ports.products());
        listOrders = new ListAdminOrdersService(adminOrders, new OrderAccess(ports.orders(), clock));
        exportOrders = new ExportOrdersService(adminOrders);
        dashboard = new GetDashboardStatsService(figures, reads, clock);
        todaysDeliveries = new GetTodaysDeliveriesService(figures, reads, clock);
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
