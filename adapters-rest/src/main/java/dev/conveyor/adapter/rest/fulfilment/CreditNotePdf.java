package dev.conveyor.adapter.rest.fulfilment;

import static dev.conveyor.adapter.rest.fulfilment.PdfPages.COLUMNS;
import static dev.conveyor.adapter.rest.fulfilment.PdfPages.DATE;
import static dev.conveyor.adapter.rest.fulfilment.PdfPages.MARGIN;
import static dev.conveyor.adapter.rest.fulfilment.PdfPages.amount;

import dev.conveyor.application.payments.port.in.CreditNoteView;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteLine;
import dev.conveyor.domain.shared.Money;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * A credit note as an A4 PDF, laid out like the invoices it corrects: who issues it, its number, the
 * order and the invoices it corrects, the address, what it gives back per line (shipping and goodwill
 * included), the tax per rate, net, tax and the total given back.
 */
@Singleton
final class CreditNotePdf {

    private final StoreIdentity store;

    CreditNotePdf(StoreIdentity store) {
        this.store = store;
    }

    byte[] render(CreditNoteView view) {
        CreditNote note = view.note();
        return PdfPages.render("Credit note " + note.number(), pages -> write(pages, view));
    }

    private void write(PdfPages pages, CreditNoteView view) throws IOException {
        CreditNote note = view.note();
        pages.heading(store, "Credit note " + note.number());
        pages.text(pages.regular, 10, MARGIN, "Issued " + DATE.format(note.issuedAt()) + "   Order "
                + note.orderNumber());
        pages.text(pages.regular, 10, MARGIN, note.invoices().isEmpty() ? "Corrects no invoice (nothing invoiced)"
                : "Corrects invoice " + note.invoices().stream().map(CreditNote.InvoiceRef::number)
                        .collect(Collectors.joining(", ")));
        if (note.reason() != null) {
            pages.text(pages.regular, 10, MARGIN, "Reason: " + note.reason());
        }
        pages.address("Customer", view.billTo());
        String currency = note.currency();
        pages.row(pages.bold, "Line", "Item", "Quantity", "Tax rate", "Amount");
        for (CreditNoteLine line : note.lines()) {
            boolean orderLine = line.kind() == CreditNoteLine.Kind.LINE;
            pages.row(pages.regular, orderLine ? String.valueOf(line.lineNo()) : "", line.description(),
                    orderLine ? String.valueOf(line.quantity()) : "", line.rate().percent().toPlainString() + " %",
                    amount(Money.of(line.gross(), currency)));
        }
        pages.taxes(note.taxes(), currency);
        pages.text(pages.regular, 10, COLUMNS[3], "Net " + amount(note.net()));
        pages.text(pages.regular, 10, COLUMNS[3], "Tax " + amount(note.tax()));
        pages.text(pages.bold, 12, COLUMNS[3], "Credited " + amount(note.total()));
    }
}
