package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.port.in.ExportOrdersQuery;
import dev.conveyor.application.port.in.GetDashboardStatsQuery;
import dev.conveyor.application.port.in.GetTodaysDeliveriesQuery;
import dev.conveyor.application.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.port.out.AdminOrdersPort;
import dev.conveyor.application.port.out.BackOfficeFiguresPort;
import dev.conveyor.application.service.BackOfficeServices;
import dev.conveyor.application.service.CorePorts;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The back office's order list, export and dashboard as beans. */
@Factory
public class BackOfficeFactory {

    @Singleton
    BackOfficeServices backOfficeServices(CorePorts ports, AdminOrdersPort adminOrders, BackOfficeFiguresPort figures,
                                          Clock clock) {
        return new BackOfficeServices(ports, adminOrders, figures, clock);
    }

    @Singleton
    ListAdminOrdersQuery listAdminOrders(BackOfficeServices backOffice) {
        return backOffice.listOrders();
    }

    @Singleton
    ExportOrdersQuery exportOrders(BackOfficeServices backOffice) {
        return backOffice.exportOrders();
    }

    @Singleton
    GetDashboardStatsQuery dashboardStats(BackOfficeServices backOffice) {
        return backOffice.dashboard();
    }

    @Singleton
    GetTodaysDeliveriesQuery todaysDeliveries(BackOfficeServices backOffice) {
        return backOffice.todaysDeliveries();
    }
}
