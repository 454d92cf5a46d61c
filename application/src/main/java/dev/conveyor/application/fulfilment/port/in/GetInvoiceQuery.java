package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.invoice.InvoiceId;

public interface GetInvoiceQuery {

    /** The order's customer and the back office; sellers are refused. */
    InvoiceView get(Actor actor, InvoiceId invoiceId);
}
