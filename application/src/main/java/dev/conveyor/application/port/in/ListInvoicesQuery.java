package dev.conveyor.application.port.in;

import dev.conveyor.application.common.Actor;
import dev.conveyor.domain.order.OrderId;
import java.util.List;

public interface ListInvoicesQuery {

    /** The order's invoices, oldest first. */
    List<InvoiceView> list(Actor actor, OrderId orderId);
}
