package dev.conveyor.adapter.cache.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
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
 *
 * <p>Reads that must not block their caller ({@link #callWithoutBlocking}) go
 * to connections of their own, one per Lettuce I/O thread, taken in turn: a
 * connection is served by one I/O thread, and every reply on it is read there.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisCommandRunner {

    static final String TIMEOUT = "${conveyor.redis.timeout:500ms}";
    private static final Logger LOG = LoggerFactory.getLogger(RedisCommandRunner.class);

    /** Keys as text, values as Redis sent them: decoding is left to the caller's thread, not the I/O thread. */
    private static final RedisCodec<String, byte[]> RAW_VALUES = RedisCodec.of(StringCodec.UTF8,
            ByteArrayCodec.INSTANCE);

    private final Duration timeout;
    private final String keyPrefix;
    private final AtomicBoolean down = new AtomicBoolean();
    private final CircuitBreaker breaker;
    private final RedisConnectionSlot<String> connection;
    private final List<RedisConnectionSlot<byte[]>> readConnections;
    private final AtomicInteger nextRead = new AtomicInteger();

    public RedisCommandRunner(BeanProvider<StatefulRedisConnection<String, String>> connections,
                              BeanProvider<RedisClient> clients,
                              @Value(TIMEOUT) Duration timeout,
                              // not a ${...:default} placeholder: the colon in "conveyor:" ends its default early
                              @Property(name = "conveyor.redis.key-prefix", defaultValue = "conveyor:")
                              String keyPrefix,
                              @Value("${conveyor.redis.circuit-breaker.failures:3}") int breakerFailures,
                              @Value("${conveyor.redis.circuit-breaker.open-time:2s}") Duration breakerOpenTime) {
        if (!connections.isPresent()) {
            throw new ConfigurationException("conveyor.cache=redis needs a Redis server: set redis.uri");
        }
        this.timeout = timeout;
        this.keyPrefix = keyPrefix;
        this.breaker = new CircuitBreaker(breakerFailures, breakerOpenTime, System::nanoTime);
        this.connection = new RedisConnectionSlot<>(connections::get, timeout);
        RedisClient client = clients.get();
        // Lettuce hands its I/O threads to new connections in turn
        this.readConnections = IntStream.range(0, client.getResources().ioThreadPoolSize())
                .mapToObj(i -> new RedisConnectionSlot<>(() -> client.connect(RAW_VALUES), timeout))
                .toList();
    }

    /** A cold client takes longer to connect than a command may wait, so the first requests must not pay for it. */
    @EventListener
    public void connectEarly(StartupEvent started) {
        connection.connection();
        readConnections.forEach(RedisConnectionSlot::connection);
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
            StatefulRedisConnection<String, String> open = connection.connection()
                    .get(remaining(deadline), TimeUnit.NANOSECONDS);
            reply = command.apply(open.async()).toCompletableFuture();
            T result = reply.get(remaining(deadline), TimeUnit.NANOSECONDS);
            answered();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(reply, e);
        } catch (ExecutionException e) {
            throw failed(reply, e.getCause());
        } catch (TimeoutException | RuntimeException e) {
            throw unavailable(reply, e);
        }
    }

    /**
     * Runs a read without blocking the caller, on the next of the read connections: the stage completes on that
     * connection's I/O thread with values as Redis sent them (bytes), so a caller decodes them on a thread of its
     * own. Bounded by the same timeout (Lettuce's command timeout) and circuit breaker as {@link #call}; while
     * that connection is not open yet the read fails at once, without counting as a failure of Redis.
     *
     * @return a stage that fails with a {@link RedisUnavailableException} where {@link #call} would throw one
     */
    public <T> CompletableFuture<T> callWithoutBlocking(
            Function<RedisAsyncCommands<String, byte[]>, ? extends CompletionStage<T>> command) {
        CompletableFuture<StatefulRedisConnection<String, byte[]>> open = readConnections
                .get(Math.floorMod(nextRead.getAndIncrement(), readConnections.size())).connection();
        if (!open.isDone() || open.isCompletedExceptionally()) {
            return CompletableFuture.failedFuture(new RedisUnavailableException("not connected yet", null));
        }
        if (!breaker.tryCall()) {
            return CompletableFuture.failedFuture(new RedisUnavailableException("circuit open after repeated "
                    + "failures", null));
        }
        try {
            return counted(command.apply(open.join().async()).toCompletableFuture());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(unavailable(null, e));
        }
    }

    /** The reply, its outcome counted by the circuit breaker as {@link #call} counts it. */
    private <T> CompletableFuture<T> counted(CompletableFuture<T> reply) {
        return reply.handle((result, error) -> {
            if (error != null) {
                throw failed(reply, error);
            }
            answered();
            return result;
        });
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

    /** A command that failed with {@code error}: refused by Redis (an answer), or Redis unavailable. */
    private RedisUnavailableException failed(Future<?> reply, Throwable error) {
        Throwable cause = error instanceof CompletionException chained && chained.getCause() != null
                ? chained.getCause() : error;
        if (cause instanceof RedisCommandExecutionException refused) {
            // an error reply (e.g. NOSCRIPT) is an answer: Redis is there
            answered();
            return new RedisUnavailableException("Redis refused the command: " + refused.getMessage(), refused);
        }
        return unavailable(reply, cause);
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
