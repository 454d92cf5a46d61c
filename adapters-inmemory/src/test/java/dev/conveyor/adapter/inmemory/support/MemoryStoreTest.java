package dev.conveyor.adapter.inmemory.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class MemoryStoreTest {

    private final MemoryStore store = new MemoryStore();
    private final Map<String, Integer> table = new HashMap<>();
    private final List<String> log = new ArrayList<>();

    @Test
    void committedWritesStay() {
        store.atomically(() -> {
            store.put(table, "a", 1);
            store.append(log, "x");
            return null;
        });

        assertEquals(Map.of("a", 1), table);
        assertEquals(List.of("x"), log);
    }

    @Test
    void anExceptionUndoesEveryWriteInReverseOrderAndPropagatesUnchanged() {
        store.atomically(() -> {
            store.put(table, "kept", 1);
            store.put(table, "replaced", 1);
            store.append(log, "first");
            return null;
        });
        IllegalStateException failure = new IllegalStateException("boom");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.atomically(() -> {
            store.put(table, "replaced", 2);
            store.put(table, "replaced", 3);
            store.put(table, "added", 1);
            store.remove(table, "kept");
            store.append(log, "second");
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(Map.of("kept", 1, "replaced", 1), table);
        assertEquals(List.of("first"), log);
    }

    @Test
    void aNestedCallJoinsTheOuterTransactionAndRollsBackWithIt() {
        assertThrows(IllegalStateException.class, () -> store.atomically(() -> {
            store.put(table, "outer", 1);
            store.atomically(() -> {
                store.put(table, "inner", 1);
                return null;
            });
            throw new IllegalStateException("outer fails after the nested call committed into it");
        }));

        assertTrue(table.isEmpty());
    }

    @Test
    void aFailedNestedCallUndoesOnlyItsOwnWritesWhenTheOuterWorkCarriesOn() {
        store.atomically(() -> {
            store.put(table, "outer", 1);
            try {
                store.atomically(() -> {
                    store.put(table, "inner", 1);
                    throw new IllegalArgumentException("inner fails");
                });
            } catch (IllegalArgumentException handled) {
                store.put(table, "after", 1);
            }
            return null;
        });

        assertEquals(Map.of("outer", 1, "after", 1), table);
    }

    @Test
    void writesOutsideTheStoreAreRefused() {
        assertThrows(IllegalStateException.class, () -> store.put(table, "a", 1));
    }

    @Test
    void aTransactionBlocksEveryOtherThreadUntilItEnds() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Void> transaction = CompletableFuture.runAsync(() -> store.atomically(() -> {
            store.put(table, "a", 1);
            inside.countDown();
            await(finish);
            return null;
        }));
        assertTrue(inside.await(5, TimeUnit.SECONDS));

        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> store.atomically(() -> table.get("a")));
        assertThrows(TimeoutException.class, () -> read.get(200, TimeUnit.MILLISECONDS));
        assertFalse(read.isDone());

        finish.countDown();
        transaction.get(5, TimeUnit.SECONDS);
        assertEquals(1, read.get(5, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void afterCommitActionsRunOnceTheOutermostTransactionCompletesAndOnlyForWorkThatDidNotThrow() {
        List<String> told = new ArrayList<>();

        store.atomically(() -> {
            store.afterCommit(() -> told.add("outer"));
            assertThrows(IllegalStateException.class, () -> store.atomically(() -> {
                store.afterCommit(() -> told.add("failed nested"));
                throw new IllegalStateException("undone");
            }));
            store.atomically(() -> {
                store.afterCommit(() -> told.add("nested"));
                return null;
            });
            assertTrue(told.isEmpty(), "not before the outermost transaction completes");
            return null;
        });
        store.afterCommit(() -> told.add("alone"));

        assertEquals(List.of("outer", "nested", "alone"), told);
    }

    @Test
    void noAfterCommitActionRunsWhenTheOutermostTransactionThrows() {
        List<String> told = new ArrayList<>();

        assertThrows(IllegalStateException.class, () -> store.atomically(() -> {
            store.atomically(() -> {
                store.afterCommit(() -> told.add("nested"));
                return null;
            });
            throw new IllegalStateException("rolled back");
        }));

        assertTrue(told.isEmpty());
    }
}
