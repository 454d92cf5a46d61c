package dev.conveyor.adapter.cache.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One Redis connection, opened in the background (a blocked connect must hold no caller), and again on use after
 * a failed attempt but at most once per {@code retryAfter}, so an outage at start-up spawns few threads. Once
 * open, Lettuce reconnects it by itself.
 */
final class RedisConnectionSlot<V> {

    private final Supplier<StatefulRedisConnection<String, V>> open;
    private final long retryAfterNanos;
    /** Written under {@code this}. */
    private volatile CompletableFuture<StatefulRedisConnection<String, V>> connecting;
    /** Guarded by {@code this}: no new attempt before then. */
    private long nextAttemptNanos;

    RedisConnectionSlot(Supplier<StatefulRedisConnection<String, V>> open, Duration retryAfter) {
        this.open = open;
        this.retryAfterNanos = retryAfter.toNanos();
    }

    /** Lock-free once connected: every Redis call of every request passes here. */
    CompletableFuture<StatefulRedisConnection<String, V>> connection() {
        CompletableFuture<StatefulRedisConnection<String, V>> current = connecting;
        if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
            return current;
        }
        return connectionOrNewAttempt();
    }

    private synchronized CompletableFuture<StatefulRedisConnection<String, V>> connectionOrNewAttempt() {
        long now = System.nanoTime();
        if (connecting == null || (connecting.isCompletedExceptionally() && now - nextAttemptNanos >= 0)) {
            nextAttemptNanos = now + retryAfterNanos;
            connecting = CompletableFuture.supplyAsync(open, RedisConnectionSlot::connectInBackground);
        }
        return connecting;
    }

    private static void connectInBackground(Runnable connect) {
        Thread thread = new Thread(connect, "redis-connect");
        thread.setDaemon(true);
        thread.start();
    }
}
