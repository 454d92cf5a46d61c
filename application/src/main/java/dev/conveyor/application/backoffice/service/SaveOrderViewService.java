package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.SaveOrderViewUseCase;
import dev.conveyor.application.backoffice.port.in.SavedOrderView;
import dev.conveyor.application.backoffice.port.out.OrderViewsPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

final class SaveOrderViewService implements SaveOrderViewUseCase {

    private final OrderViewsPort views;
    private final IdempotentExecutor idempotent;
    private final Clock clock;

    SaveOrderViewService(OrderViewsPort views, IdempotentExecutor idempotent, Clock clock) {
        this.views = views;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Override
    public SavedView save(Actor actor, SaveOrderViewCommand command, IdempotencyKey key) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        UserId owner = actor.userId();
        var outcome = idempotent.execute(actor, key, "save-order-view", command.fingerprint(), id -> {
            if (views.findByOwner(owner).size() >= MAX_VIEWS) {
                throw new ConflictException("TOO_MANY_VIEWS", "at most " + MAX_VIEWS + " views; delete one first");
            }
            SavedOrderView view = new SavedOrderView(id, command.name(), command.filters(), clock.instant());
            if (!views.insert(owner, view)) {
                throw new ConflictException("VIEW_NAME_TAKEN", "you already have a view named " + command.name());
            }
            return view;
        });
        if (outcome.replayed()) {
            SavedOrderView first = views.findByOwner(owner).stream()
                    .filter(view -> view.id().equals(outcome.resourceId())).findFirst()
                    .orElseThrow(() -> new NotFoundException("VIEW_NOT_FOUND",
                            "the view this Idempotency-Key saved was deleted since"));
            return new SavedView(first, true);
        }
        return new SavedView(outcome.created(), false);
    }
}
