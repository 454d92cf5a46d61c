package dev.conveyor.adapter.cache.redis;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs commands on the shared Lettuce connection within {@code
 * conveyor.redis.timeout}, connecting included, so that a Redis outage costs
 * a caller at most that long, and behind a {@link CircuitBreaker}: after
 * {@code conveyor.redis.circuit-breaker.failures} failures in a row calls fail
 * at once for {@code conveyor.redis.circuit-breaker.open-time}, then one probe
 * tries again. The connection is opened in the background as soon as the
 * application has started, and again on use after a failed attempt: the
 * application starts while Redis is down and connects once it is up. An outage
 * is logged as a warning when it starts and when it ends, not on every
 * request.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisCommandRunner {

    static final String TIMEOUT = "${conveyor.redis.timeout:500ms}";
    private static final Logger LOG = LoggerFactory.getLogger(RedisCommandRunner.class);

    private final BeanProvider<StatefulRedisConnection<String, String>> connections;
    private final Duration timeout;
    private final String keyPrefix;
    private final AtomicBoolean down = new AtomicBoolean();
    private final CircuitBreaker breaker;
    /** Written under {@code this}. */
    private volatile CompletableFuture<StatefulRedisConnection<String, String>> connecting;
    /** Guarded by {@code this}: no new attempt before then, so an outage at start-up spawns few threads. */
    private long nextAttemptNanos;

    public RedisCommandRunner(BeanProvider<StatefulRedisConnection<String, String>> connections,
                              @Value(TIMEOUT) Duration timeout,
                              // not a ${...:default} placeholder: the colon in "conveyor:" ends its default early
                              @Property(name = "conveyor.redis.key-prefix", defaultValue = "conveyor:")
                              String keyPrefix,
                              @Value("${conveyor.redis.circuit-breaker.failures:3}") int breakerFailures,
                              @Value("${conveyor.redis.circuit-breaker.open-time:2s}") Duration breakerOpenTime) {
        if (!connections.isPresent()) {
            throw new ConfigurationException("conveyor.cache=redis needs a Redis server: set redis.uri");
        }
        this.connections = connections;
        this.timeout = timeout;
        this.keyPrefix = keyPrefix;
        this.breaker = new CircuitBreaker(breakerFailures, breakerOpenTime, System::nanoTime);
    }

    /** A cold client takes longer to connect than a command may wait, so the first requests must not pay for it. */
    @EventListener
    public void connectEarly(StartupEvent started) {
        connection();
    }

    public String key(String name) {
        return keyPrefix + name;
    }

    /**
     * Runs a command, or several chained ones (a {@link RedisFuture} is a stage too), within one deadline.
     *
     * @throws RedisUnavailableException when Redis does not answer in time, the circuit is open, or Redis
     *         refused the command (then with the {@link RedisCommandExecutionException} as cause)
     */
    public <T> T call(Function<RedisAsyncCommands<String, String>, ? extends CompletionStage<T>> command) {
        if (!breaker.tryCall()) {
            throw new RedisUnavailableException("circuit open after repeated failures", null);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        CompletableFuture<T> reply = null;
        try {
            StatefulRedisConnection<String, String> connection = connection()
                    .get(remaining(deadline), TimeUnit.NANOSECONDS);
            reply = command.apply(connection.async()).toCompletableFuture();
            T result = reply.get(remaining(deadline), TimeUnit.NANOSECONDS);
            answered();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(reply, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException chained && chained.getCause() != null
                    ? chained.getCause() : e.getCause();
            if (cause instanceof RedisCommandExecutionException refused) {
                // an error reply (e.g. NOSCRIPT) is an answer: Redis is there
                answered();
                throw new RedisUnavailableException("Redis refused the command: " + refused.getMessage(), refused);
            }
            throw unavailable(reply, cause);
        } catch (TimeoutException | RuntimeException e) {
            throw unavailable(reply, e);
        }
    }

    public CircuitBreaker.State circuit() {
        return breaker.state();
    }

    private void answered() {
        breaker.succeeded();
        if (down.compareAndSet(true, false)) {
            LOG.info("Redis answers again; caching and rate limits work across instances again");
        }
    }

    /** Lock-free once connected: every Redis call of every request passes here. */
    private CompletableFuture<StatefulRedisConnection<String, String>> connection() {
        CompletableFuture<StatefulRedisConnection<String, String>> current = connecting;
        if (current != null && current.isDone() && !current.isCompletedExceptionally()) {
            return current;
        }
        return connectionOrNewAttempt();
    }

    private synchronized CompletableFuture<StatefulRedisConnection<String, String>> connectionOrNewAttempt() {
        long now = System.nanoTime();
        if (connecting == null || (connecting.isCompletedExceptionally() && now - nextAttemptNanos >= 0)) {
            nextAttemptNanos = now + timeout.toNanos();
            connecting = CompletableFuture.supplyAsync(connections::get, RedisCommandRunner::connectInBackground);
        }
        return connecting;
    }

    private static void connectInBackground(Runnable connect) {
        Thread thread = new Thread(connect, "redis-connect");
        thread.setDaemon(true);
        thread.start();
    }

    private String describe(Throwable cause) {
        if (cause instanceof TimeoutException) {
            return "no answer within " + timeout.toMillis() + " ms";
        }
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private RedisUnavailableException unavailable(Future<?> reply, Throwable cause) {
        if (reply != null) {
            reply.cancel(false);
        }
        breaker.failed();
        String reason = describe(cause);
        if (down.compareAndSet(false, true)) {
            LOG.warn("Redis is unreachable ({}); until it answers, reads bypass the cache and rate limits hold "
                    + "per instance", reason);
        } else {
            LOG.debug("Redis is still unreachable ({})", reason);
        }
        return new RedisUnavailableException(reason, cause);
    }
}
