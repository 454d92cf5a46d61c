package dev.conveyor.application.payments.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

public interface ListCreditNotesQuery {

    /** The order's credit notes, oldest first; a seller gets those giving back their lines, cut to them. */
    List<CreditNoteView> list(Actor actor, OrderId orderId);
}
