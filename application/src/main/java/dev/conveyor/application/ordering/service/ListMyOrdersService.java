package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.OrderView;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.service.OrderAccess;
import java.util.List;

final class ListMyOrdersService implements ListMyOrdersQuery {

    private final OrderRepositoryPort orders;
    private final OrderAccess access;

    ListMyOrdersService(OrderRepositoryPort orders, OrderAccess access) {
        this.orders = orders;
        this.access = access;
    }

    @Override
    public Page<OrderView> list(Actor actor, MyOrdersFilter filter, PageRequest page) {
        if (filter.matchesNothing()) {
            return Page.of(List.of(), page, 0);
        }
        return orders.findByCustomer(actor.requireUser(), filter.effectiveStatuses(), page)
                .map(order -> access.listed(actor, order));
    }
}
