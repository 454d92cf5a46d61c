package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.backoffice.port.out.CustomerFiguresPort;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;

/** Reads the customer's orders through {@code orders_customer_idx}. */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcCustomerFiguresAdapter implements CustomerFiguresPort {

    private static final String FIGURES = """
            SELECT currency, COUNT(*) AS orders, SUM(total_minor) AS spent
              FROM orders
             WHERE customer_id = ? AND status <> 'CANCELLED'
             GROUP BY currency
             ORDER BY currency""";

    private final Jdbc jdbc;

    JdbcCustomerFiguresAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CustomerFigures figures(UserId customerId) {
        List<Row> rows = jdbc.list(FIGURES, statement -> statement.setObject(1, customerId.value()),
                row -> new Row(row.getLong("orders"), Money.of(row.getLong("spent"), row.getString("currency"))));
        return new CustomerFigures(rows.stream().mapToLong(Row::orders).sum(), rows.stream().map(Row::spent).toList());
    }

    private record Row(long orders, Money spent) {
    }
}
