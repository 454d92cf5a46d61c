package dev.conveyor.adapter.persistence.fulfilment;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.fulfilment.port.out.DocumentNumberPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Database sequences: unique across transactions and instances, never rolled back (gaps are allowed). */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcDocumentNumberAdapter implements DocumentNumberPort {

    private final Jdbc jdbc;

    JdbcDocumentNumberAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nextDeliverySequence() {
        return next("delivery_number_seq");
    }

    @Override
    public long nextInvoiceSequence() {
        return next("invoice_number_seq");
    }

    private long next(String sequence) {
        return jdbc.one("SELECT nextval('" + sequence + "')", statement -> { }, row -> row.getLong(1)).orElseThrow();
    }
}
