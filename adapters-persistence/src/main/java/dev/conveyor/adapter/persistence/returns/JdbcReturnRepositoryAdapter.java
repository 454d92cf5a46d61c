package dev.conveyor.adapter.persistence.returns;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.setUuid;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.returns.port.out.ReturnRepositoryPort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.returns.Disposition;
import dev.conveyor.domain.returns.Return;
import dev.conveyor.domain.returns.ReturnId;
import dev.conveyor.domain.returns.ReturnLine;
import dev.conveyor.domain.returns.ReturnNumber;
import dev.conveyor.domain.returns.ReturnStatus;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** Returns, their lines, and the units each order line's returns hold. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcReturnRepositoryAdapter implements ReturnRepositoryPort {

    private static final String INSERT = """
            INSERT INTO product_returns (id, number, order_id, order_number, customer_id, status, opened_by,
                                         opened_at, decision_reason, credit_note_id, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_LINE = """
            INSERT INTO product_return_lines (return_id, line_no, position, product_id, seller_id, quantity, reason,
                                              disposition)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String SELECT = """
            SELECT r.id, r.number, r.order_id, r.order_number, r.customer_id, r.status, r.opened_by, r.opened_at,
                   r.decision_reason, r.credit_note_id, r.updated_at, r.version, l.line_no, l.product_id,
                   l.seller_id, l.quantity, l.reason, l.disposition
              FROM product_returns r JOIN product_return_lines l ON l.return_id = r.id
             WHERE\s""";

    private static final String HOLD_UNITS = """
            UPDATE returned_units SET returned = returned + ?
             WHERE order_id = ? AND line_no = ? AND returned + ? <= ?""";

    private final Jdbc jdbc;

    JdbcReturnRepositoryAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextSequence() {
        return jdbc.one("SELECT nextval('return_number_seq')", statement -> { }, row -> row.getLong(1))
                .orElseThrow();
    }

    /**
     * The conditional update decides; the line's first return inserts its row instead, which cannot race
     * with another first return because the caller holds the order's row lock.
     */
    @Override
    public boolean holdUnits(OrderId orderId, int lineNo, int quantity, int delivered) {
        int raised = jdbc.update(HOLD_UNITS, statement -> {
            statement.setInt(1, quantity);
            statement.setObject(2, orderId.value());
            statement.setInt(3, lineNo);
            statement.setInt(4, quantity);
            statement.setInt(5, delivered);
        });
        if (raised == 1) {
            return true;
        }
        boolean counted = jdbc.one("SELECT returned FROM returned_units WHERE order_id = ? AND line_no = ?",
                statement -> {
                    statement.setObject(1, orderId.value());
                    statement.setInt(2, lineNo);
                }, row -> row.getInt(1)).isPresent();
        if (counted || quantity > delivered) {
            return false;
        }
        jdbc.update("INSERT INTO returned_units (order_id, line_no, returned) VALUES (?, ?, ?)", statement -> {
            statement.setObject(1, orderId.value());
            statement.setInt(2, lineNo);
            statement.setInt(3, quantity);
        });
        return true;
    }

    @Override
    public void releaseUnits(OrderId orderId, int lineNo, int quantity) {
        jdbc.update("UPDATE returned_units SET returned = returned - ? WHERE order_id = ? AND line_no = ?",
                statement -> {
                    statement.setInt(1, quantity);
                    statement.setObject(2, orderId.value());
                    statement.setInt(3, lineNo);
                });
    }

    @Override
    public void insert(Return rma) {
        jdbc.update(INSERT, statement -> {
            statement.setObject(1, rma.id().value());
            statement.setString(2, rma.number().value());
            statement.setObject(3, rma.orderId().value());
            statement.setString(4, rma.orderNumber());
            statement.setObject(5, rma.customerId().value());
            statement.setString(6, rma.status().name());
            setUuid(statement, 7, rma.openedBy() == null ? null : rma.openedBy().value());
            setInstant(statement, 8, rma.openedAt());
            statement.setString(9, rma.decisionReason());
            setUuid(statement, 10, rma.creditNoteId());
            setInstant(statement, 11, rma.updatedAt());
            statement.setLong(12, rma.version());
        });
        List<Integer> positions = IntStream.range(0, rma.lines().size()).boxed().toList();
        jdbc.batch(INSERT_LINE, positions, (statement, position) -> {
            ReturnLine line = rma.lines().get(position);
            statement.setObject(1, rma.id().value());
            statement.setInt(2, line.lineNo());
            statement.setInt(3, position);
            statement.setObject(4, line.productId().value());
            statement.setObject(5, line.sellerId().value());
            statement.setInt(6, line.quantity());
            statement.setString(7, line.reason());
            statement.setString(8, line.disposition() == null ? null : line.disposition().name());
        });
    }

    @Override
    public void update(Return rma) {
        int updated = jdbc.update("""
                UPDATE product_returns SET status = ?, decision_reason = ?, credit_note_id = ?, updated_at = ?,
                                           version = version + 1
                 WHERE id = ? AND version = ?""", statement -> {
            statement.setString(1, rma.status().name());
            statement.setString(2, rma.decisionReason());
            setUuid(statement, 3, rma.creditNoteId());
            setInstant(statement, 4, rma.updatedAt());
            statement.setObject(5, rma.id().value());
            statement.setLong(6, rma.version());
        });
        if (updated != 1) {
            throw new ConcurrentModificationException("return", rma.id());
        }
        jdbc.batch("UPDATE product_return_lines SET disposition = ? WHERE return_id = ? AND line_no = ?",
                rma.lines(), (statement, line) -> {
                    statement.setString(1, line.disposition() == null ? null : line.disposition().name());
                    statement.setObject(2, rma.id().value());
                    statement.setInt(3, line.lineNo());
                });
    }

    @Override
    public Optional<Return> findById(ReturnId id) {
        return jdbc.read(SELECT + "r.id = ? ORDER BY l.position", statement -> statement.setObject(1, id.value()),
                JdbcReturnRepositoryAdapter::read).stream().findFirst();
    }

    @Override
    public Optional<Return> lockById(ReturnId id) {
        boolean exists = jdbc.one("SELECT id FROM product_returns WHERE id = ? FOR UPDATE",
                statement -> statement.setObject(1, id.value()), row -> row.getObject(1)).isPresent();
        return exists ? findById(id) : Optional.empty();
    }

    @Override
    public List<Return> findByOrder(OrderId orderId) {
        return jdbc.read(SELECT + "r.order_id = ? ORDER BY r.opened_at, r.id, l.position",
                statement -> statement.setObject(1, orderId.value()), JdbcReturnRepositoryAdapter::read);
    }

    /** Pages over the returns first, so a page holds whole returns with all their lines. */
    @Override
    public List<Return> findByStatus(ReturnStatus status, long offset, int limit) {
        String page = "(SELECT id FROM product_returns WHERE status = COALESCE(?, status)"
                + " ORDER BY opened_at, id LIMIT ? OFFSET ?)";
        return jdbc.read(SELECT + "r.id IN " + page + " ORDER BY r.opened_at, r.id, l.position", statement -> {
            statement.setString(1, status == null ? null : status.name());
            statement.setInt(2, limit);
            statement.setLong(3, offset);
        }, JdbcReturnRepositoryAdapter::read);
    }

    @Override
    public long countByStatus(ReturnStatus status) {
        return jdbc.one("SELECT COUNT(*) FROM product_returns WHERE status = COALESCE(?, status)",
                statement -> statement.setString(1, status == null ? null : status.name()), row -> row.getLong(1))
                .orElseThrow();
    }

    private static List<Return> read(ResultSet rows) throws SQLException {
        List<Return> found = new ArrayList<>();
        ResultRow head = null;
        List<ReturnLine> lines = new ArrayList<>();
        while (rows.next()) {
            UUID id = uuid(rows, "id");
            if (head == null || !head.id().equals(id)) {
                if (head != null) {
                    found.add(head.toReturn(lines));
                }
                head = ResultRow.read(rows);
                lines = new ArrayList<>();
            }
            String disposition = rows.getString("disposition");
            lines.add(new ReturnLine(rows.getInt("line_no"), new ProductId(uuid(rows, "product_id")),
                    new UserId(uuid(rows, "seller_id")), rows.getInt("quantity"), rows.getString("reason"),
                    disposition == null ? null : Disposition.valueOf(disposition)));
        }
        if (head != null) {
            found.add(head.toReturn(lines));
        }
        return found;
    }

    private record ResultRow(UUID id, String number, UUID orderId, String orderNumber, UUID customerId,
                             String status, UUID openedBy, java.time.Instant openedAt, String decisionReason,
                             UUID creditNoteId, java.time.Instant updatedAt, long version) {

        static ResultRow read(ResultSet row) throws SQLException {
            return new ResultRow(uuid(row, "id"), row.getString("number"), uuid(row, "order_id"),
                    row.getString("order_number"), uuid(row, "customer_id"), row.getString("status"),
                    uuid(row, "opened_by"), instant(row, "opened_at"), row.getString("decision_reason"),
                    uuid(row, "credit_note_id"), instant(row, "updated_at"), row.getLong("version"));
        }

        Return toReturn(List<ReturnLine> lines) {
            return Return.rehydrate(new ReturnId(id), new ReturnNumber(number), new OrderId(orderId), orderNumber,
                    new UserId(customerId), lines, ReturnStatus.valueOf(status),
                    openedBy == null ? null : new UserId(openedBy), openedAt, decisionReason, creditNoteId,
                    updatedAt, version);
        }
    }
}
