package dev.conveyor.adapter.rest.fulfilment;

import dev.conveyor.application.fulfilment.port.in.GetInvoiceQuery;
import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.application.mail.port.out.InvoiceDocumentPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import jakarta.inject.Singleton;

/** The PDF a customer downloads from {@code /api/invoices/{id}/pdf}, read as that customer, for mails. */
@Singleton
final class InvoiceDocumentAdapter implements InvoiceDocumentPort {

    private final GetInvoiceQuery invoices;
    private final InvoicePdf pdf;

    InvoiceDocumentAdapter(GetInvoiceQuery invoices, InvoicePdf pdf) {
        this.invoices = invoices;
        this.pdf = pdf;
    }

    @Override
    public Document pdf(InvoiceId invoiceId, UserId customerId) {
        InvoiceView invoice = invoices.get(Actor.user(customerId, Role.CUSTOMER, "mail"), invoiceId);
        return new Document(invoice.number() + ".pdf", InvoiceController.PDF, pdf.render(invoice));
    }
}
