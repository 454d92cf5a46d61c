package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.DeleteOrderViewUseCase;
import dev.conveyor.application.backoffice.port.out.OrderViewsPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import java.util.UUID;

final class DeleteOrderViewService implements DeleteOrderViewUseCase {

    private final OrderViewsPort views;
    private final TransactionPort transactions;

    DeleteOrderViewService(OrderViewsPort views, TransactionPort transactions) {
        this.views = views;
        this.transactions = transactions;
    }

    @Override
    public void delete(Actor actor, UUID viewId) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        // another staff member's view is none of the caller's: the same 404 as no view at all
        if (!transactions.inTransaction(() -> views.delete(actor.userId(), viewId))) {
            throw new NotFoundException("VIEW_NOT_FOUND", "you have no saved view " + viewId);
        }
    }
}
