package dev.conveyor.application.returns.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;

public interface RefundReturnUseCase {

    /**
     * The back office gives back a received return's units (and, if asked, the shipping charge) through the
     * order's refund by lines: one credit note, linked from the return.
     *
     * @param idempotencyKey passed to the refund, so a retry after a gateway failure refunds once
     */
    Return refund(Actor actor, ReturnId id, boolean shipping, IdempotencyKey idempotencyKey);
}
