package dev.conveyor.application.returns.service;

import dev.conveyor.application.catalog.port.in.AdjustStockUseCase;
import dev.conveyor.application.returns.port.in.ReceiveReturnUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.returns.Disposition;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.user.Role;
import java.time.Clock;

/** Restocked lines go back on hand as recorded restocks, in the transaction that receives the return. */
final class ReceiveReturnService implements ReceiveReturnUseCase {

    private final ReturnTransitions transitions;
    private final AdjustStockUseCase adjustStock;
    private final Clock clock;

    ReceiveReturnService(ReturnTransitions transitions, AdjustStockUseCase adjustStock, Clock clock) {
        this.transitions = transitions;
        this.adjustStock = adjustStock;
        this.clock = clock;
    }

    @Override
    public Return receive(Actor actor, ReturnId id, ReceiveReturnCommand command) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        var dispositions = command.dispositions();
        return transitions.apply(actor, id, rma -> {
            rma.receive(dispositions, clock.instant());
            rma.lines().stream().filter(line -> line.disposition() == Disposition.RESTOCK)
                    .forEach(line -> adjustStock.adjust(actor, line.productId(), new StockAdjustment.Request(
                            StockAdjustment.Kind.RESTOCK, line.quantity(),
                            rma.number() + ": line " + line.lineNo() + " returned")));
        });
    }
}
