package dev.conveyor.adapter.persistence.fulfilment;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.setUuid;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.shared.port.out.CreditNoteRepositoryPort;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteId;
import dev.conveyor.domain.creditnote.CreditNoteLine;
import dev.conveyor.domain.creditnote.CreditNoteNumber;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.AppliedRate;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Credit notes and their lines, written once. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcCreditNoteRepositoryAdapter implements CreditNoteRepositoryPort {

    private static final String INSERT = """
            INSERT INTO credit_notes (id, number, order_id, order_number, customer_id, invoices, currency,
                                      total_minor, reason, issued_by, issued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_LINE = """
            INSERT INTO credit_note_lines (credit_note_id, position, kind, line_no, seller_id, description, quantity,
                                           net_minor, tax_minor, tax_rate_id, tax_rate_name, tax_rate_percent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String SELECT = """
            SELECT n.id, n.number, n.order_id, n.order_number, n.customer_id, n.invoices, n.currency, n.reason,
                   n.issued_by, n.issued_at, l.kind, l.line_no, l.seller_id, l.description, l.quantity, l.net_minor,
                   l.tax_minor, l.tax_rate_id, l.tax_rate_name, l.tax_rate_percent
              FROM credit_notes n JOIN credit_note_lines l ON l.credit_note_id = n.id
             WHERE\s""";

    private final Jdbc jdbc;

    JdbcCreditNoteRepositoryAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextSequence() {
        return jdbc.one("SELECT nextval('credit_note_number_seq')", statement -> { }, row -> row.getLong(1))
                .orElseThrow();
    }

    @Override
    public void insert(CreditNote note) {
        jdbc.update(INSERT, statement -> {
            statement.setObject(1, note.id().value());
            statement.setString(2, note.number().value());
            statement.setObject(3, note.orderId().value());
            statement.setString(4, note.orderNumber());
            statement.setObject(5, note.customerId().value());
            statement.setString(6, note.invoices().stream().map(ref -> ref.id() + " " + ref.number())
                    .collect(Collectors.joining(",")));
            statement.setString(7, note.currency());
            statement.setLong(8, note.total().amountMinor());
            statement.setString(9, note.reason());
            setUuid(statement, 10, note.issuedBy() == null ? null : note.issuedBy().value());
            setInstant(statement, 11, note.issuedAt());
        });
        List<Integer> positions = IntStream.range(0, note.lines().size()).boxed().toList();
        jdbc.batch(INSERT_LINE, positions, (statement, position) -> {
            CreditNoteLine line = note.lines().get(position);
            statement.setObject(1, note.id().value());
            statement.setInt(2, position);
            statement.setString(3, line.kind().name());
            statement.setInt(4, line.lineNo());
            setUuid(statement, 5, line.sellerId() == null ? null : line.sellerId().value());
            statement.setString(6, line.description());
            statement.setInt(7, line.quantity());
            statement.setLong(8, line.net());
            statement.setLong(9, line.tax());
            setUuid(statement, 10, line.rate().id() == null ? null : line.rate().id().value());
            statement.setString(11, line.rate().name());
            statement.setBigDecimal(12, line.rate().percent());
        });
    }

    @Override
    public Optional<CreditNote> findById(CreditNoteId id) {
        return jdbc.read(SELECT + "n.id = ? ORDER BY l.position", statement -> statement.setObject(1, id.value()),
                JdbcCreditNoteRepositoryAdapter::read).stream().findFirst();
    }

    @Override
    public List<CreditNote> findByOrder(OrderId orderId) {
        return jdbc.read(SELECT + "n.order_id = ? ORDER BY n.issued_at, n.id, l.position",
                statement -> statement.setObject(1, orderId.value()), JdbcCreditNoteRepositoryAdapter::read);
    }

    private static List<CreditNote> read(ResultSet rows) throws SQLException {
        List<CreditNote> notes = new ArrayList<>();
        Head head = null;
        List<CreditNoteLine> lines = new ArrayList<>();
        while (rows.next()) {
            UUID id = uuid(rows, "id");
            if (head == null || !head.id().value().equals(id)) {
                if (head != null) {
                    notes.add(head.toNote(lines));
                }
                head = Head.read(rows);
                lines = new ArrayList<>();
            }
            UUID seller = uuid(rows, "seller_id");
            UUID rate = uuid(rows, "tax_rate_id");
            lines.add(new CreditNoteLine(CreditNoteLine.Kind.valueOf(rows.getString("kind")), rows.getInt("line_no"),
                    seller == null ? null : new UserId(seller), rows.getString("description"),
                    rows.getInt("quantity"), rows.getLong("net_minor"), rows.getLong("tax_minor"),
                    new AppliedRate(rate == null ? null : new TaxRateId(rate), rows.getString("tax_rate_name"),
                            rows.getBigDecimal("tax_rate_percent"))));
        }
        if (head != null) {
            notes.add(head.toNote(lines));
        }
        return notes;
    }

    private record Head(CreditNoteId id, CreditNoteNumber number, OrderId orderId, String orderNumber,
                        UserId customerId, List<CreditNote.InvoiceRef> invoices, String currency, String reason,
                        UserId issuedBy, java.time.Instant issuedAt) {

        static Head read(ResultSet row) throws SQLException {
            String invoices = row.getString("invoices");
            List<CreditNote.InvoiceRef> refs = invoices.isEmpty() ? List.of() : Arrays.stream(invoices.split(","))
                    .map(ref -> ref.split(" ", 2))
                    .map(parts -> new CreditNote.InvoiceRef(new InvoiceId(UUID.fromString(parts[0])), parts[1]))
                    .toList();
            UUID issuedBy = uuid(row, "issued_by");
            return new Head(new CreditNoteId(uuid(row, "id")), new CreditNoteNumber(row.getString("number")),
                    new OrderId(uuid(row, "order_id")), row.getString("order_number"),
                    new UserId(uuid(row, "customer_id")), refs, row.getString("currency"), row.getString("reason"),
                    issuedBy == null ? null : new UserId(issuedBy), instant(row, "issued_at"));
        }

        CreditNote toNote(List<CreditNoteLine> lines) {
            return CreditNote.rehydrate(id, number, orderId, orderNumber, customerId, invoices, lines, currency,
                    reason, issuedBy, issuedAt);
        }
    }
}
