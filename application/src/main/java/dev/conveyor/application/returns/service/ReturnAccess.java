package dev.conveyor.application.returns.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import java.util.Optional;

/** Who sees a return: the order's customer, the back office, sellers whose lines it holds; nobody else. */
final class ReturnAccess {

    private ReturnAccess() {
    }

    static Return visible(Actor actor, ReturnId id, Optional<Return> found) {
        Return rma = found.orElseThrow(() -> notFound(id));
        if (!maySee(actor, rma)) {
            throw notFound(id);
        }
        return rma;
    }

    /** What the caller may read of a return they may see: a seller (who is not its customer) only their lines. */
    static Return cut(Actor actor, Return rma) {
        return actor.isBackOffice() || actor.isUser(rma.customerId()) ? rma : rma.linesOf(actor.userId());
    }

    static boolean maySee(Actor actor, Return rma) {
        return actor.isBackOffice() || actor.isUser(rma.customerId())
                || actor.is(Role.SELLER) && rma.hasLinesOf(actor.userId());
    }

    static NotFoundException notFound(ReturnId id) {
        return new NotFoundException("RETURN_NOT_FOUND", "return " + id + " does not exist");
    }
}
