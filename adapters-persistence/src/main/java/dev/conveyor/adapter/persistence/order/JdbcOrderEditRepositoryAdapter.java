package dev.conveyor.adapter.persistence.order;

import static dev.conveyor.adapter.persistence.support.Columns.instant;
import static dev.conveyor.adapter.persistence.support.Columns.setInstant;
import static dev.conveyor.adapter.persistence.support.Columns.uuid;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.ordering.port.out.OrderEditRepositoryPort;
import dev.conveyor.domain.order.OrderEdit;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** The edits of orders, one row each with its changes as JSON (they are read whole, never queried). */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcOrderEditRepositoryAdapter implements OrderEditRepositoryPort {

    private static final Argument<List<Map<String, Object>>> CHANGES =
            Argument.listOf(Argument.mapOf(String.class, Object.class));

    private static final String INSERT = """
            INSERT INTO order_edits (id, order_id, edited_by, edited_at, changes, currency, total_before_minor,
                                     total_after_minor, due_before_minor, due_after_minor)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String BY_ORDER = """
            SELECT id, order_id, edited_by, edited_at, changes, currency, total_before_minor, total_after_minor,
                   due_before_minor, due_after_minor
              FROM order_edits WHERE order_id = ? ORDER BY edited_at, id""";

    private final Jdbc jdbc;
    private final JsonMapper json;

    JdbcOrderEditRepositoryAdapter(Jdbc jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(OrderEdit edit) {
        String changes;
        try {
            changes = json.writeValueAsString(edit.changes().stream().map(OrderEdit.Change::toPayload).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update(INSERT, statement -> {
            statement.setObject(1, edit.id());
            statement.setObject(2, edit.orderId().value());
            statement.setObject(3, edit.editedBy().value());
            setInstant(statement, 4, edit.editedAt());
            statement.setString(5, changes);
            statement.setString(6, edit.totalAfter().currency());
            statement.setLong(7, edit.totalBefore().amountMinor());
            statement.setLong(8, edit.totalAfter().amountMinor());
            statement.setLong(9, edit.dueBefore().amountMinor());
            statement.setLong(10, edit.dueAfter().amountMinor());
        });
    }

    @Override
    public List<OrderEdit> findByOrder(OrderId orderId) {
        return jdbc.list(BY_ORDER, statement -> statement.setObject(1, orderId.value()), row -> {
            String currency = row.getString("currency");
            List<OrderEdit.Change> changes;
            try {
                changes = json.readValue(row.getString("changes"), CHANGES).stream()
                        .map(OrderEdit.Change::fromPayload).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new OrderEdit(uuid(row, "id"), new OrderId(uuid(row, "order_id")),
                    new UserId(uuid(row, "edited_by")), instant(row, "edited_at"), changes,
                    Money.of(row.getLong("total_before_minor"), currency),
                    Money.of(row.getLong("total_after_minor"), currency),
                    Money.of(row.getLong("due_before_minor"), currency),
                    Money.of(row.getLong("due_after_minor"), currency));
        });
    }
}
