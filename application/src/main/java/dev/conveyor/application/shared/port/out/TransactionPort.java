package dev.conveyor.application.shared.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: everything the work writes through the other ports
 * commits together or not at all. A call inside a running transaction joins it.
 * Any exception thrown by the work rolls back and propagates unchanged.
 */
public interface TransactionPort {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs the action once the running transaction has committed, never if it rolls back; at once when no
     * transaction runs. A use case called inside another one's transaction tells the world of its change only
     * when the outer change is for good.
     */
    void afterCommit(Runnable action);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
