package dev.conveyor.application.mail.port.out;

import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.user.UserId;

/** The invoice as the document its customer downloads, to attach to the mail that announces it. */
public interface InvoiceDocumentPort {

    /** @param customerId the order's customer, as whom the invoice is read */
    Document pdf(InvoiceId invoiceId, UserId customerId);

    record Document(String fileName, String contentType, byte[] content) {
    }
}
