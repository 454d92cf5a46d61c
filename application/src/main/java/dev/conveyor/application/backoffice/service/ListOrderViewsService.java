package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.ListOrderViewsQuery;
import dev.conveyor.application.backoffice.port.in.SavedOrderView;
import dev.conveyor.application.backoffice.port.out.OrderViewsPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.Role;
import java.util.List;

final class ListOrderViewsService implements ListOrderViewsQuery {

    private final OrderViewsPort views;

    ListOrderViewsService(OrderViewsPort views) {
        this.views = views;
    }

    @Override
    public List<SavedOrderView> list(Actor actor) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        return views.findByOwner(actor.userId());
    }
}
