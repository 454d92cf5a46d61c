package dev.conveyor.application.returns.service;

import dev.conveyor.application.returns.port.out.ReturnRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import java.util.List;
import java.util.function.Consumer;

/**
 * Moves a return with its row locked, so two transitions of one return never both pass the state
 * machine (two refunds, a cancel racing a receive), then writes it and appends its events.
 */
final class ReturnTransitions {

    private final ReturnRepositoryPort returns;
    private final TransactionPort transactions;
    private final EventRecorder events;

    ReturnTransitions(ReturnRepositoryPort returns, TransactionPort transactions, EventRecorder events) {
        this.returns = returns;
        this.transactions = transactions;
        this.events = events;
    }

    /** @param change runs inside the transaction, on the locked return the caller may see */
    Return apply(Actor actor, ReturnId id, Consumer<Return> change) {
        Moved moved = transactions.inTransaction(() -> {
            Return rma = ReturnAccess.visible(actor, id, returns.lockById(id));
            change.accept(rma);
            returns.update(rma);
            List<DomainEvent> recorded = rma.pullEvents();
            events.append(actor, recorded);
            return new Moved(rma, recorded);
        });
        events.committed(moved.events());
        return returns.findById(id).orElseThrow();
    }

    /** Rejected and cancelled returns give their units back. */
    void releaseUnits(Return rma) {
        rma.lines().forEach(line -> returns.releaseUnits(rma.orderId(), line.lineNo(), line.quantity()));
    }

    private record Moved(Return rma, List<DomainEvent> events) {
    }
}
