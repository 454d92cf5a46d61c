package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

public interface ListInvoicesQuery {

    /** The order's invoices, oldest first. */
    List<InvoiceView> list(Actor actor, OrderId orderId);
}
