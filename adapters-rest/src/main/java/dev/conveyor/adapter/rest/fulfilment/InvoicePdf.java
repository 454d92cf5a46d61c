package dev.conveyor.adapter.rest.fulfilment;

import dev.conveyor.application.fulfilment.port.in.InvoiceView;
import dev.conveyor.domain.invoice.InvoiceLine;
import dev.conveyor.domain.pricing.InvoiceShare;
import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An invoice as a one-page (or longer) A4 PDF: who issues it, number, order
 * and delivery, the address billed, the lines with what they charge (their
 * share of discounts and tax included), shipping, the tax per rate, net, tax,
 * total, paid and due.
 * Written with the standard Helvetica fonts, so characters outside their
 * encoding are shown as {@code ?}.
 */
@Singleton
final class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final float MARGIN = 50;
    private static final float LEADING = 16;
    private static final float[] COLUMNS = {MARGIN, 120, 330, 390, 470};

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final StoreIdentity store;

    InvoicePdf(StoreIdentity store) {
        this.store = store;
    }

    byte[] render(InvoiceView invoice) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Invoice " + invoice.number());
            info.setCreator("Conveyor");
            new Writer(document).write(invoice);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render invoice " + invoice.number(), e);
        }
    }

    static String amount(Money money) {
        int digits = Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits());
        return BigDecimal.valueOf(money.amountMinor(), digits).toPlainString() + " " + money.currency();
    }

    /** Lays out lines of text top to bottom, starting a new page when one is full. */
    private final class Writer {

        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document) {
            this.document = document;
        }

        void write(InvoiceView invoice) throws IOException {
            newPage();
            for (String line : store.lines()) {
                text(regular, 9, MARGIN, line);
            }
            y -= LEADING / 2;
            text(bold, 20, MARGIN, "Invoice " + invoice.number());
            y -= LEADING;
            text(regular, 10, MARGIN, "Issued " + DATE.format(invoice.issuedAt()) + "   Status " + invoice.status());
            text(regular, 10, MARGIN, "Order " + invoice.orderNumber() + "   Delivery " + invoice.deliveryNumber());
            y -= LEADING / 2;
            text(bold, 10, MARGIN, "Bill to");
            for (String line : addressLines(invoice.billTo())) {
                text(regular, 10, MARGIN, line);
            }
            y -= LEADING;
            String currency = invoice.total().currency();
            row(bold, "Line", "Item", "Quantity", "Unit price", "Amount");
            InvoiceShare price = invoice.price();
            for (int i = 0; i < invoice.lines().size(); i++) {
                InvoiceLine line = invoice.lines().get(i);
                InvoiceShare.Line charged = price.lines().get(i);
                row(regular, String.valueOf(line.lineNo()), line.sku() + " " + line.name(),
                        String.valueOf(line.quantity()), amount(line.unitPrice()),
                        amount(Money.of(charged.gross(), currency)));
            }
            PriceBreakdown.Shipping shipping = price.shipping();
            if (shipping != null) {
                row(regular, "", "Shipping: " + shipping.name() + " (" + shipping.carrier() + ")", "", "",
                        amount(Money.of(shipping.gross(), currency)));
            }
            y -= LEADING / 2;
            for (PriceBreakdown.RateTotal rate : price.taxes()) {
                text(regular, 10, COLUMNS[1], rate.rate().name() + " (" + rate.rate().percent().toPlainString()
                        + " %) on " + amount(Money.of(rate.net(), currency)) + ": "
                        + amount(Money.of(rate.tax(), currency)));
            }
            y -= LEADING / 2;
            text(regular, 10, COLUMNS[3], "Net " + amount(Money.of(price.net(), currency)));
            text(regular, 10, COLUMNS[3], "Tax " + amount(Money.of(price.tax(), currency)));
            text(bold, 12, COLUMNS[3], "Total " + amount(invoice.total()));
            text(regular, 10, COLUMNS[3], "Paid " + amount(invoice.amountPaid()));
            text(regular, 10, COLUMNS[3], "Due " + amount(invoice.outstanding()));
            content.close();
        }

        private void row(PDType1Font font, String... cells) throws IOException {
            ensureRoom();
            for (int i = 0; i < cells.length; i++) {
                String cell = i == 1 && cells[i].length() > 38 ? cells[i].substring(0, 37) + "..." : cells[i];
                show(font, 10, COLUMNS[i], cell);
            }
            y -= LEADING;
        }

        private void text(PDType1Font font, float size, float x, String text) throws IOException {
            ensureRoom();
            show(font, size, x, text);
            y -= size > 12 ? size + 6 : LEADING;
        }

        private void show(PDType1Font font, float size, float x, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(encodable(font, text));
            content.endText();
        }

        private void ensureRoom() throws IOException {
            if (y < MARGIN + LEADING) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }
    }

    private static List<String> addressLines(Address address) {
        List<String> lines = new ArrayList<>();
        lines.add(address.name());
        lines.add(address.line1());
        if (address.line2() != null) {
            lines.add(address.line2());
        }
        lines.add(address.postalCode() + " " + address.city()
                + (address.region() == null ? "" : ", " + address.region()));
        lines.add(address.country());
        return lines;
    }

    /** The standard fonts encode WinAnsi only; anything else becomes a question mark. */
    private static String encodable(PDType1Font font, String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                safe.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                safe.append('?');
            }
        });
        return safe.toString();
    }
}
