package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase;
import dev.conveyor.application.backoffice.port.in.DeleteOrderViewUseCase;
import dev.conveyor.application.backoffice.port.in.ExportOrdersQuery;
import dev.conveyor.application.backoffice.port.in.ListOrderViewsQuery;
import dev.conveyor.application.backoffice.port.in.SaveOrderViewUseCase;
import dev.conveyor.application.backoffice.port.in.GetDashboardStatsQuery;
import dev.conveyor.application.backoffice.port.in.GetTodaysDeliveriesQuery;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrdersPort;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort;
import dev.conveyor.application.backoffice.port.in.ListCustomersQuery;
import dev.conveyor.application.backoffice.port.out.CustomerFiguresPort;
import dev.conveyor.application.backoffice.port.out.BulkOutcomesPort;
import dev.conveyor.application.backoffice.port.out.CartFiguresPort;
import dev.conveyor.application.backoffice.port.in.GetCartFiguresQuery;
import dev.conveyor.application.backoffice.port.out.OrderViewsPort;
import dev.conveyor.application.backoffice.service.BackOfficeServices;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Singleton;
import java.time.Duration;

/** The back office's order list, export, bulk actions, saved views and dashboard as beans. */
@Factory
public class BackOfficeFactory {

    @Singleton
    BackOfficeServices backOfficeServices(SharedServices shared, AdminOrdersPort adminOrders,
                                          BackOfficeFiguresPort figures, CustomerFiguresPort customerFigures,
                                          CartFiguresPort cartFigures, BulkOutcomesPort bulkOutcomes,
                                          OrderViewsPort orderViews, ChangeOrderStatusUseCase changeStatus,
                                          StatusShortcutUseCase shortcut,
                                          @Property(name = "conveyor.carts.abandoned-after", defaultValue = "1h")
                                          Duration abandonedAfter) {
        return new BackOfficeServices(shared, adminOrders, figures, customerFigures, cartFigures, bulkOutcomes,
                orderViews, changeStatus, shortcut, abandonedAfter);
    }

    @Singleton
    GetCartFiguresQuery cartFigures(BackOfficeServices backOffice) {
        return backOffice.cartFigures();
    }

    @Singleton
    SaveOrderViewUseCase saveOrderView(BackOfficeServices backOffice) {
        return backOffice.saveView();
    }

    @Singleton
    ListOrderViewsQuery listOrderViews(BackOfficeServices backOffice) {
        return backOffice.listViews();
    }

    @Singleton
    DeleteOrderViewUseCase deleteOrderView(BackOfficeServices backOffice) {
        return backOffice.deleteView();
    }

    @Singleton
    BulkOrderActionUseCase bulkOrderActions(BackOfficeServices backOffice) {
        return backOffice.bulkActions();
    }

    @Singleton
    ListCustomersQuery customers(BackOfficeServices backOffice) {
        return backOffice.customers();
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
