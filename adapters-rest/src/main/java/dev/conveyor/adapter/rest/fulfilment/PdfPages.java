package dev.conveyor.adapter.rest.fulfilment;

import dev.conveyor.domain.pricing.PriceBreakdown;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Money;
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
 * The layout the shop's A4 documents (invoices, credit notes) share: lines of text top to bottom, a
 * table of five columns, a new page when one is full. Written with the standard Helvetica fonts, so
 * characters outside their encoding are shown as {@code ?}.
 */
final class PdfPages {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    static final float MARGIN = 50;
    static final float[] COLUMNS = {MARGIN, 120, 330, 390, 470};
    private static final float LEADING = 16;

    final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    private PdfPages(PDDocument document) {
        this.document = document;
    }

    /** What a document writes onto its pages. */
    interface Content {
        void write(PdfPages pages) throws IOException;
    }

    static byte[] render(String title, Content body) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Conveyor");
            PdfPages pages = new PdfPages(document);
            pages.newPage();
            body.write(pages);
            pages.content.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + title, e);
        }
    }

    static String amount(Money money) {
        int digits = Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits());
        return BigDecimal.valueOf(money.amountMinor(), digits).toPlainString() + " " + money.currency();
    }

    /** The issuer's lines, then the document's title. */
    void heading(StoreIdentity store, String title) throws IOException {
        for (String line : store.lines()) {
            text(regular, 9, MARGIN, line);
        }
        gap();
        text(bold, 20, MARGIN, title);
        y -= LEADING;
    }

    void address(String label, Address address) throws IOException {
        gap();
        text(bold, 10, MARGIN, label);
        for (String line : addressLines(address)) {
            text(regular, 10, MARGIN, line);
        }
        y -= LEADING;
    }

    /** One line per rate: what it was charged on and its tax. */
    void taxes(List<PriceBreakdown.RateTotal> taxes, String currency) throws IOException {
        gap();
        for (PriceBreakdown.RateTotal rate : taxes) {
            text(regular, 10, COLUMNS[1], rate.rate().name() + " (" + rate.rate().percent().toPlainString()
                    + " %) on " + amount(Money.of(rate.net(), currency)) + ": "
                    + amount(Money.of(rate.tax(), currency)));
        }
        gap();
    }

    void gap() {
        y -= LEADING / 2;
    }

    void row(PDType1Font font, String... cells) throws IOException {
        ensureRoom();
        for (int i = 0; i < cells.length; i++) {
            String cell = i == 1 && cells[i].length() > 38 ? cells[i].substring(0, 37) + "..." : cells[i];
            show(font, 10, COLUMNS[i], cell);
        }
        y -= LEADING;
    }

    void text(PDType1Font font, float size, float x, String text) throws IOException {
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
