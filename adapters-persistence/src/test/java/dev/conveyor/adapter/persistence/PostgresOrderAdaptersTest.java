package dev.conveyor.adapter.persistence;

import static dev.conveyor.adapter.persistence.Fixtures.NOW;
import static dev.conveyor.adapter.persistence.Fixtures.WINDOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresOrderAdaptersTest extends OrderAdaptersContract implements OnPostgres {

    @Inject
    Jdbc jdbc;

    /** The row versions' transaction ids: a rewritten row gets the writer's, even with the same values. */
    @Test
    void aStatusUpdateRewritesTheOrdersRowButNotItsLines() {
        Order placed = fixtures.order(fixtures.user(Role.CUSTOMER), NOW,
                fixtures.product(fixtures.user(Role.SELLER), 5), fixtures.product(fixtures.user(Role.SELLER), 5));
        Order order = orders.findById(placed.id()).orElseThrow();
        List<String> lines = writers("order_lines WHERE order_id = ? ORDER BY line_no", order.id());
        List<String> row = writers("orders WHERE id = ?", order.id());
        order.confirm(NOW.plus(WINDOW).plusSeconds(1));

        transactions.inTransaction(() -> orders.updateStatuses(List.of(order)));

        assertEquals(lines, writers("order_lines WHERE order_id = ? ORDER BY line_no", order.id()));
        assertNotEquals(row, writers("orders WHERE id = ?", order.id()));
    }

    private List<String> writers(String rows, OrderId id) {
        return jdbc.list("SELECT xmin::text FROM " + rows, statement -> statement.setObject(1, id.value()),
                row -> row.getString(1));
    }
}
