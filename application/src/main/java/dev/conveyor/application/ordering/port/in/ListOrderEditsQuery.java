package dev.conveyor.application.ordering.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.OrderEdit;
import dev.conveyor.domain.order.OrderId;

public interface ListOrderEditsQuery {

    /**
     * The order's edits, oldest first. Its customer and the back office see them whole; a seller of the order
     * sees the edits that changed their lines, cut to those changes and without the order's totals
     * ({@code partial}), as returns and credit notes are cut; anyone else gets 404.
     */
    Edits list(Actor actor, OrderId orderId, PageRequest page);

    /** @param partial true when the edits are cut to the caller's lines (totals are then not shown) */
    record Edits(Page<OrderEdit> edits, boolean partial) {
    }
}
