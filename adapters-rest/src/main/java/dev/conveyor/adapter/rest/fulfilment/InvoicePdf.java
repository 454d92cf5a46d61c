package dev.conveyor.adapter.rest.fulfilment;

import static dev.conveyor.adapter.rest.fulfilment.PdfPages.COLUMNS;
import static dev.conveyor.adapter.rest.fulfilment.PdfPages.DATE;
import static dev.conveyor.adapter.rest.fulfilment.PdfPages.MARGIN;
import static dev.conveyor.adapter.rest.fulfilment.PdfPages.amount;

import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.domain.invoice.InvoiceLine;
import dev.conveyor.domain.pricing.InvoiceShare;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Money;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * An invoice as a one-page (or longer) A4 PDF: who issues it, number, order
 * and delivery, the address billed, the lines with what they charge (their
 * share of discounts and tax included), shipping, the tax per rate, net, tax,
 * total, paid and due.
 */
@Singleton
final class InvoicePdf {

    private final StoreIdentity store;

    InvoicePdf(StoreIdentity store) {
        this.store = store;
    }

    byte[] render(InvoiceView invoice) {
        return PdfPages.render("Invoice " + invoice.number(), pages -> write(pages, invoice));
    }

    private void write(PdfPages pages, InvoiceView invoice) throws IOException {
        pages.heading(store, "Invoice " + invoice.number());
        pages.text(pages.regular, 10, MARGIN, "Issued " + DATE.format(invoice.issuedAt()) + "   Status "
                + invoice.status());
        pages.text(pages.regular, 10, MARGIN, "Order " + invoice.orderNumber() + "   Delivery "
                + invoice.deliveryNumber());
        pages.address("Bill to", invoice.billTo());
        String currency = invoice.total().currency();
        pages.row(pages.bold, "Line", "Item", "Quantity", "Unit price", "Amount");
        InvoiceShare price = invoice.price();
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            InvoiceShare.Line charged = price.lines().get(i);
            pages.row(pages.regular, String.valueOf(line.lineNo()), line.sku() + " " + line.name(),
                    String.valueOf(line.quantity()), amount(line.unitPrice()),
                    amount(Money.of(charged.gross(), currency)));
        }
        PriceBreakdown.Shipping shipping = price.shipping();
        if (shipping != null) {
            pages.row(pages.regular, "", "Shipping: " + shipping.name() + " (" + shipping.carrier() + ")", "", "",
                    amount(Money.of(shipping.gross(), currency)));
        }
        pages.taxes(price.taxes(), currency);
        pages.text(pages.regular, 10, COLUMNS[3], "Net " + amount(Money.of(price.net(), currency)));
        pages.text(pages.regular, 10, COLUMNS[3], "Tax " + amount(Money.of(price.tax(), currency)));
        pages.text(pages.bold, 12, COLUMNS[3], "Total " + amount(invoice.total()));
        pages.text(pages.regular, 10, COLUMNS[3], "Paid " + amount(invoice.amountPaid()));
        pages.text(pages.regular, 10, COLUMNS[3], "Due " + amount(invoice.outstanding()));
    }
}
