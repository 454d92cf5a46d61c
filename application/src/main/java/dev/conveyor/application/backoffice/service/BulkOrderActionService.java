package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase;
import dev.conveyor.application.backoffice.port.out.BulkOutcomesPort;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase.Shortcut;
import dev.conveyor.application.ordering.port.in.ChangeOrderStatusUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.DomainException;
import dev.conveyor.domain.user.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs the single-order use cases one after the other, each in its own transaction, so that a bulk action
 * follows exactly the rules (and records exactly the events) of doing it order by order. With a key, the
 * key is claimed (committed) before the first order and the outcomes are stored after the last: a retry
 * answers the stored outcomes, or IDEMPOTENCY_KEY_IN_USE while there are none yet.
 */
final class BulkOrderActionService implements BulkOrderActionUseCase {

    private static final String REASON = "bulk action in the back office";

    private final ChangeOrderStatusUseCase changeStatus;
    private final StatusShortcutUseCase shortcut;
    private final BulkOutcomesPort outcomes;
    private final IdempotentExecutor idempotent;
    private final TransactionPort transactions;

    BulkOrderActionService(ChangeOrderStatusUseCase changeStatus, StatusShortcutUseCase shortcut,
                           BulkOutcomesPort outcomes, IdempotentExecutor idempotent, TransactionPort transactions) {
        this.changeStatus = changeStatus;
        this.shortcut = shortcut;
        this.outcomes = outcomes;
        this.idempotent = idempotent;
        this.transactions = transactions;
    }

    @Override
    public BulkOutcome run(Actor actor, BulkOrderCommand command, IdempotencyKey key) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        if (key == null) {
            return new BulkOutcome(apply(actor, command), false);
        }
        var claim = idempotent.execute(actor, key, "bulk-orders", command.fingerprint(), runId -> runId);
        UUID runId = claim.resourceId();
        if (claim.replayed()) {
            List<OrderOutcome> stored = outcomes.find(runId);
            if (stored.isEmpty()) {
                throw new ConflictException("IDEMPOTENCY_KEY_IN_USE", "a bulk action with Idempotency-Key "
                        + key.value() + " is still running; retry shortly");
            }
            return new BulkOutcome(stored, true);
        }
        List<OrderOutcome> done = apply(actor, command);
        transactions.inTransaction(() -> outcomes.save(runId, done));
        return new BulkOutcome(done, false);
    }

    private List<OrderOutcome> apply(Actor actor, BulkOrderCommand command) {
        List<OrderOutcome> done = new ArrayList<>(command.orderIds().size());
        for (OrderId orderId : command.orderIds()) {
            try {
                switch (command.action()) {
                    case PROCESS -> changeStatus.changeStatus(actor, orderId, OrderStatus.PROCESSING, REASON);
                    case SHIP -> shortcut.apply(actor, orderId, Shortcut.SHIPPED);
                }
                done.add(OrderOutcome.done(orderId));
            } catch (DomainException refused) {
                done.add(new OrderOutcome(orderId, false, refused.code(), refused.getMessage()));
            }
        }
        return done;
    }
}
