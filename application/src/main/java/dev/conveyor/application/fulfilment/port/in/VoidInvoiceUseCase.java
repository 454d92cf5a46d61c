package dev.conveyor.application.fulfilment.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.invoice.InvoiceId;

public interface VoidInvoiceUseCase {

    /**
     * Staff void an invoice nothing was paid on.
     *
     * @throws dev.conveyor.domain.shared.ConflictException INVOICE_NOT_VOIDABLE
     */
    InvoiceView voidInvoice(Actor actor, InvoiceId invoiceId);
}
