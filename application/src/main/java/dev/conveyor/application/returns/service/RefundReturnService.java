package dev.conveyor.application.returns.service;

import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase.RefundOrderCommand;
import dev.conveyor.application.returns.port.in.RefundReturnUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.user.Role;
import java.time.Clock;

/**
 * A return is refunded by the order's refund by lines (its units, at the prices the invoices charged),
 * in the transaction that marks it refunded: the credit note and the return change together.
 */
final class RefundReturnService implements RefundReturnUseCase {

    private final ReturnTransitions transitions;
    private final RefundOrderUseCase refundOrder;
    private final Clock clock;

    RefundReturnService(ReturnTransitions transitions, RefundOrderUseCase refundOrder, Clock clock) {
        this.transitions = transitions;
        this.refundOrder = refundOrder;
        this.clock = clock;
    }

    @Override
    public Return refund(Actor actor, ReturnId id, boolean shipping, IdempotencyKey key) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        return transitions.apply(actor, id, rma -> {
            var lines = rma.lines().stream()
                    .map(line -> new RefundOrderUseCase.Line(line.lineNo(), line.quantity())).toList();
            var refunded = refundOrder.refund(actor, rma.orderId(),
                    new RefundOrderCommand(null, lines, shipping, "return " + rma.number()), key);
            rma.refunded(refunded.creditNote().note().id().value(), clock.instant());
        });
    }
}
