package dev.conveyor.adapter.rest.order;

import io.micronaut.context.annotation.Value;
import io.netty.util.concurrent.DefaultThreadFactory;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The threads that read an order the cache did not answer: a fixed few (two per core unless set) taking the reads
 * from a queue, instead of the blocking pool's thread per read in flight. A read is one short query; with a thread
 * per request 32 clients kept 33 threads, each woken for its one read and parked again after it, and the reads
 * beyond the connections parked a second time in the pool's queue. A few threads that find the next read waiting
 * when they finish one cost about half the thread switches per read (docs/performance.md, "The uncached read's
 * tail").
 *
 * <p>A read queued here for longer than the pool's connection timeout is answered as the pool would have answered
 * it, 503 {@code DATABASE_UNAVAILABLE}, without running: while the database is down each read takes the whole
 * timeout, and without the deadline the queue would make a client wait for all the reads before its own.
 */
@Singleton
public final class OrderReadThreads {

    private final ExecutorService threads;
    private final Duration maxWait;

    /**
     * @param threads           0 (the default) for two per core
     * @param connectionTimeout the database pool's connection timeout (Hikari's own default when unset)
     */
    OrderReadThreads(@Value("${conveyor.orders.read-threads:0}") int threads,
                     @Value("${datasources.default.connection-timeout:30000}") long connectionTimeout) {
        if (threads < 0) {
            throw new IllegalArgumentException("conveyor.orders.read-threads must not be negative: " + threads);
        }
        int count = threads > 0 ? threads : 2 * Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(count, count, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new DefaultThreadFactory("order-read", true));
        // started now, not by the first reads: on a busy machine starting a thread can take longer than the deadline
        pool.prestartAllCoreThreads();
        this.threads = pool;
        this.maxWait = Duration.ofMillis(connectionTimeout);
    }

    /** The read on one of these threads, or a 503 if it waited for one longer than a connection may take. */
    public <T> CompletableFuture<T> supply(Supplier<T> read) {
        long queued = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> {
            long waited = System.nanoTime() - queued;
            if (waited > maxWait.toNanos()) {
                throw new CompletionException(new SQLTransientConnectionException(
                        "the read waited " + Duration.ofNanos(waited).toMillis() + " ms for a thread, longer than the "
                                + "connection timeout (" + maxWait.toMillis() + " ms)"));
            }
            return read.get();
        }, threads);
    }

    @PreDestroy
    void close() {
        threads.shutdownNow();
    }
}
