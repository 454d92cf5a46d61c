package dev.conveyor.adapter.persistence.order;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.ordering.port.out.OrderNumberPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** A database sequence: unique across transactions and instances, never rolled back (gaps are allowed). */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcOrderNumberAdapter implements OrderNumberPort {

    private final Jdbc jdbc;

    JdbcOrderNumberAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextOrderSequence() {
        return jdbc.one("SELECT nextval('order_number_seq')", statement -> { }, row -> row.getLong(1))
                .orElseThrow();
    }
}
