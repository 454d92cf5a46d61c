package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase;
import dev.conveyor.application.backoffice.port.in.DeleteOrderViewUseCase;
import dev.conveyor.application.backoffice.port.in.ListOrderViewsQuery;
import dev.conveyor.application.backoffice.port.in.SaveOrderViewUseCase;
import dev.conveyor.application.backoffice.port.in.ListCustomersQuery;
import dev.conveyor.application.backoffice.port.out.BulkOutcomesPort;
import dev.conveyor.application.backoffice.port.out.CartFiguresPort;
import dev.conveyor.application.backoffice.port.in.GetCartFiguresQuery;
import dev.conveyor.application.backoffice.port.out.OrderViewsPort;
import dev.conveyor.application.backoffice.port.out.CustomerFiguresPort;
import dev.conveyor.application.backoffice.port.in.ExportOrdersQuery;
import dev.conveyor.application.backoffice.port.in.GetDashboardStatsQuery;
import dev.conveyor.application.backoffice.port.in.GetTodaysDeliveriesQuery;
import dev.conveyor.application.backoffice.port.in.ListAdminOrdersQuery;
import dev.conveyor.application.backoffice.port.out.AdminOrdersPort;
import dev.conveyor.application.backoffice.port.out.BackOfficeFiguresPort;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.shared.service.SharedServices;
import java.time.Duration;

/** The back office's order list, export, bulk actions, saved views and dashboard, in plain Java. */
public final class BackOfficeServices {

    private final ListAdminOrdersQuery listOrders;
    private final ExportOrdersQuery exportOrders;
    private final GetDashboardStatsQuery dashboard;
    private final GetTodaysDeliveriesQuery todaysDeliveries;
    private final GetCartFiguresQuery cartFigures;

    private final ListCustomersQuery customers;
    private final BulkOrderActionUseCase bulkActions;
    private final SaveOrderViewUseCase saveView;
    private final ListOrderViewsQuery listViews;
    private final DeleteOrderViewUseCase deleteView;

    /**
     * @param changeStatus   and {@code shortcut}: what a bulk action does to each order
     * @param abandonedAfter how long a cart with lines stays unchanged before the dashboard counts it abandoned
     */
    @SuppressWarnings("java:S107") // the back office's ports and settings, each once
    public BackOfficeServices(SharedServices shared, AdminOrdersPort adminOrders, BackOfficeFiguresPort figures,
                              CustomerFiguresPort customerFigures, CartFiguresPort cartFigures,
                              BulkOutcomesPort bulkOutcomes, OrderViewsPort orderViews,
                              ChangeOrderStatusUseCase changeStatus, StatusShortcutUseCase shortcut,
                              Duration abandonedAfter) {
        var clock = shared.clock();
        var reads = shared.reads();
        listOrders = new ListAdminOrdersService(adminOrders, shared.orderAccess());
        exportOrders = new ExportOrdersService(adminOrders);
        dashboard = new GetDashboardStatsService(figures, reads, clock);
        todaysDeliveries = new GetTodaysDeliveriesService(figures, reads, clock);
        this.cartFigures = new GetCartFiguresService(cartFigures, reads, clock, abandonedAfter);
        customers = new ListCustomersService(shared.ports().users(), shared.ports().orders(), customerFigures);
        bulkActions = new BulkOrderActionService(changeStatus, shortcut, bulkOutcomes, shared.idempotent(),
                shared.ports().transactions());
        saveView = new SaveOrderViewService(orderViews, shared.idempotent(), clock);
        listViews = new ListOrderViewsService(orderViews);
        deleteView = new DeleteOrderViewService(orderViews, shared.ports().transactions());
    }

    public GetCartFiguresQuery cartFigures() {
        return cartFigures;
    }

    public SaveOrderViewUseCase saveView() {
        return saveView;
    }

    public ListOrderViewsQuery listViews() {
        return listViews;
    }

    public DeleteOrderViewUseCase deleteView() {
        return deleteView;
    }

    public BulkOrderActionUseCase bulkActions() {
        return bulkActions;
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
