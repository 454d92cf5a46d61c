package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.common.Page;
import dev.conveyor.application.common.PageRequest;
import dev.conveyor.application.port.in.ListMyOrdersQuery;
import dev.conveyor.application.port.in.OrderView;
import dev.conveyor.application.port.out.OrderRepositoryPort;
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
                .map(order -> access.view(actor, order));
    }
}
