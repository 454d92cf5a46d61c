package dev.conveyor.adapter.persistence;

import dev.conveyor.application.shared.port.out.TransactionPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Database transactions through Micronaut's transaction manager, so the
 * generated repositories and the hand-written SQL share one connection. A call
 * inside a running transaction joins it (propagation REQUIRED); any exception
 * rolls back (Micronaut's default rule) and reaches the caller as thrown.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcTransactionAdapter implements TransactionPort {

    private final TransactionOperations<Connection> transactions;

    JdbcTransactionAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(TransactionDefinition.DEFAULT, status -> work.get());
    }

    @Override
    public void afterCommit(Runnable action) {
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        action.run();
                    }
                }), action);
    }
}
