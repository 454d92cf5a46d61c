package dev.conveyor.adapter.rest.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderReadThreadsTest {

    @Test
    void neverMoreReadsAtOnceThanThreadsAndTheOthersWaitTheirTurn() throws Exception {
        OrderReadThreads reads = new OrderReadThreads(2, 60_000);
        try {
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            CountDownLatch started = new CountDownLatch(2);
            CountDownLatch release = new CountDownLatch(1);
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int number = i;
                answers.add(reads.supply(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    started.countDown();
                    await(release);
                    running.decrementAndGet();
                    return number;
                }));
            }
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertFalse(answers.get(2).isDone(), "the third read waits for a thread");

            release.countDown();
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(i, answers.get(i).get(10, TimeUnit.SECONDS));
            }
            assertEquals(2, most.get());
        } finally {
            reads.close();
        }
    }

    @Test
    void aReadThatWaitedLongerThanAConnectionMayTakeIsAnsweredAsTheDatabaseUnavailableWithoutRunning()
            throws Exception {
        OrderReadThreads reads = new OrderReadThreads(1, 1_000);
        try {
            // the thread exists and is idle, so only the queue is timed below: on a busy machine starting the
            // thread alone may take longer than the deadline, and that read is refused
            while (reads.supply(() -> "warm").handle((read, failure) -> read).get(10, TimeUnit.SECONDS) == null) {
                Thread.onSpinWait();
            }
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<String> first = reads.supply(() -> {
                started.countDown();
                await(release);
                return "first";
            });
            assertTrue(started.await(10, TimeUnit.SECONDS));
            AtomicBoolean ran = new AtomicBoolean();
            CompletableFuture<String> second = reads.supply(() -> {
                ran.set(true);
                return "second";
            });
            Thread.sleep(3_000);
            release.countDown();

            assertEquals("first", first.get(10, TimeUnit.SECONDS));
            ExecutionException failure = assertThrows(ExecutionException.class, () -> second.get(10, TimeUnit.SECONDS));
            assertInstanceOf(SQLTransientConnectionException.class, failure.getCause());
            assertFalse(ran.get());
            assertEquals("third", reads.supply(() -> "third").get(10, TimeUnit.SECONDS), "a read on time runs");
        } finally {
            reads.close();
        }
    }

    @Test
    void byDefaultTwoThreadsPerCore() throws Exception {
        OrderReadThreads reads = new OrderReadThreads(0, 60_000);
        try {
            int expected = 2 * Runtime.getRuntime().availableProcessors();
            CountDownLatch started = new CountDownLatch(expected);
            CountDownLatch release = new CountDownLatch(1);
            List<CompletableFuture<Void>> answers = new ArrayList<>();
            for (int i = 0; i <= expected; i++) {
                answers.add(reads.supply(() -> {
                    started.countDown();
                    await(release);
                    return null;
                }));
            }
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertFalse(answers.get(expected).isDone(), "one more read than threads waits");
            release.countDown();
            CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        } finally {
            reads.close();
        }
        assertThrows(IllegalArgumentException.class, () -> new OrderReadThreads(-1, 60_000));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
