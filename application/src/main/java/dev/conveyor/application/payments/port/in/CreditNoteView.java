package dev.conveyor.application.payments.port.in;

import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.shared.Address;

/**
 * A credit note as its reader may see it: whole for the order's customer and the back office, cut to
 * their own lines for a seller.
 *
 * @param billTo the order's address, printed on the document
 */
public record CreditNoteView(CreditNote note, Address billTo) {
}
