package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.OrderOutcome;
import dev.conveyor.application.backoffice.port.out.BulkOutcomesPort;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcBulkOutcomesAdapter implements BulkOutcomesPort {

    private final Jdbc jdbc;

    JdbcBulkOutcomesAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(UUID runId, List<OrderOutcome> outcomes) {
        List<Numbered> rows = new ArrayList<>(outcomes.size());
        for (int i = 0; i < outcomes.size(); i++) {
            rows.add(new Numbered(i, outcomes.get(i)));
        }
        jdbc.batch("""
                INSERT INTO bulk_order_outcomes (run_id, position, order_id, succeeded, code, message)
                VALUES (?, ?, ?, ?, ?, ?)""", rows, (statement, row) -> {
            statement.setObject(1, runId);
            statement.setInt(2, row.position());
            statement.setObject(3, row.outcome().orderId().value());
            statement.setBoolean(4, row.outcome().succeeded());
            statement.setString(5, row.outcome().code());
            statement.setString(6, row.outcome().message());
        });
    }

    @Override
    public List<OrderOutcome> find(UUID runId) {
        return jdbc.list("""
                        SELECT order_id, succeeded, code, message FROM bulk_order_outcomes
                         WHERE run_id = ? ORDER BY position""",
                statement -> statement.setObject(1, runId),
                row -> new OrderOutcome(new OrderId(Columns.uuid(row, "order_id")), row.getBoolean("succeeded"),
                        row.getString("code"), row.getString("message")));
    }

    private record Numbered(int position, OrderOutcome outcome) {
    }
}
