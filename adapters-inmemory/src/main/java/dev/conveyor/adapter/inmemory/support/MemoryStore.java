package dev.conveyor.adapter.inmemory.support;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The single lock and undo log behind every in-memory adapter. Everything runs
 * through {@link #atomically}: a transaction holds the store-wide lock from its
 * start to its end, so transactions are serializable, and a port call outside a
 * transaction is a transaction of its own. Writes register how to undo them;
 * when work throws, the writes it made are undone in reverse order, so nothing
 * half-written stays behind. A nested call joins the running transaction: its
 * writes commit only with the outermost one, and if the nested work throws, only
 * its own writes are undone before the exception reaches the outer work (as with
 * a savepoint, and as with a failing statement whose caller carries on).
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class MemoryStore {

    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}; the top is the most recent write. */
    private final Deque<Runnable> undoLog = new ArrayDeque<>();
    /** Guarded by {@link #lock}; run in order once the outermost transaction completes. */
    private final List<Runnable> afterCommit = new ArrayList<>();

    public <T> T atomically(Supplier<T> work) {
        lock.lock();
        int savepoint = undoLog.size();
        int actions = afterCommit.size();
        boolean completed = false;
        List<Runnable> committed = List.of();
        try {
            T result = work.get();
            completed = true;
            return result;
        } finally {
            if (!completed) {
                undoTo(savepoint);
                afterCommit.subList(actions, afterCommit.size()).clear();
            }
            if (lock.getHoldCount() == 1) {
                undoLog.clear();
                committed = List.copyOf(afterCommit);
                afterCommit.clear();
            }
            lock.unlock();
            committed.forEach(Runnable::run);
        }
    }

    /**
     * Runs the action when the running outermost transaction completes (not if the work it was registered in
     * throws), or at once outside a transaction; outside the lock, as a database runs it after its commit.
     */
    public void afterCommit(Runnable action) {
        if (lock.isHeldByCurrentThread()) {
            afterCommit.add(action);
        } else {
            action.run();
        }
    }

    /** Puts a value into a table guarded by this store, undoably. */
    public <K, V> void put(Map<K, V> table, K key, V value) {
        V previous = table.put(key, value);
        onUndo(previous == null ? () -> table.remove(key) : () -> table.put(key, previous));
    }

    /** Removes a key from a table guarded by this store, undoably. */
    public <K, V> void remove(Map<K, V> table, K key) {
        V previous = table.remove(key);
        if (previous != null) {
            onUndo(() -> table.put(key, previous));
        }
    }

    /** Appends to a log guarded by this store, undoably. */
    public <E> void append(List<E> log, E entry) {
        log.add(entry);
        onUndo(() -> log.remove(log.size() - 1));
    }

    private void onUndo(Runnable undo) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("in-memory tables are written only inside MemoryStore.atomically");
        }
        undoLog.push(undo);
    }

    private void undoTo(int savepoint) {
        while (undoLog.size() > savepoint) {
            undoLog.pop().run();
        }
    }
}
