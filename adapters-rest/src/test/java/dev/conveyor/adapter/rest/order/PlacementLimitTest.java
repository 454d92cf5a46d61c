package dev.conveyor.adapter.rest.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PlacementLimitTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() throws InterruptedException {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void byDefaultHalfThePoolAndAtLeastOne() {
        assertEquals(10, new PlacementLimit(0, 20, Duration.ofSeconds(10)).concurrency());
        assertEquals(5, new PlacementLimit(0, 10, Duration.ofSeconds(10)).concurrency());
        assertEquals(1, new PlacementLimit(0, 1, Duration.ofSeconds(10)).concurrency());
        assertEquals(3, new PlacementLimit(3, 20, Duration.ofSeconds(10)).concurrency());
        assertThrows(IllegalArgumentException.class, () -> new PlacementLimit(-1, 20, Duration.ofSeconds(10)));
    }

    @Test
    void neverMoreThanTheLimitRunAndTheOthersWaitTheirTurn() throws Exception {
        PlacementLimit limit = new PlacementLimit(2, 20, Duration.ofMinutes(1));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<Integer>> placements = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int number = i;
            placements.add(threads.submit(() -> limit.place(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                await(release);
                running.decrementAndGet();
                return number;
            })));
        }
        awaitTrue(() -> limit.running() == 2 && limit.waiting() == 4);

        release.countDown();
        for (int i = 0; i < placements.size(); i++) {
            assertEquals(i, placements.get(i).get(1, TimeUnit.MINUTES));
        }
        assertEquals(2, most.get());
        assertEquals(0, limit.running());
        assertEquals(6, limit.waits());
        assertEquals(0, limit.refused());
    }

    @Test
    void aPlacementWithoutATurnWithinTheWaitIsRefusedWithoutRunning() throws Exception {
        PlacementLimit limit = new PlacementLimit(1, 20, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        Future<String> holder = threads.submit(() -> limit.place(() -> {
            await(release);
            return "first";
        }));
        awaitTrue(() -> limit.running() == 1);

        AtomicBoolean ran = new AtomicBoolean();
        assertThrows(PlacementBusyException.class, () -> limit.place(() -> ran.getAndSet(true)));
        assertFalse(ran.get(), "a refused placement did nothing");
        assertEquals(1, limit.refused());

        release.countDown();
        assertEquals("first", holder.get(1, TimeUnit.MINUTES));
        assertEquals("second", limit.place(() -> "second"), "the turn is given back, whatever happened");
        assertThrows(IllegalStateException.class, () -> limit.place(() -> {
            throw new IllegalStateException("failed");
        }));
        assertEquals(0, limit.running());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(1, TimeUnit.MINUTES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "the condition came true");
            Thread.sleep(10);
        }
    }
}
