package dev.conveyor.adapter.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.redis.RedisHealth;
import dev.conveyor.application.shared.port.out.LockPort.HeldLock;
import dev.conveyor.application.shared.port.out.LockPort;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import dev.conveyor.testsupport.RedisServerProcess;
import dev.conveyor.testsupport.TestRedis;
import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * A private redis-server that stops and starts again: the adapters answer
 * within about a second while it is gone (locks hold nothing, limits allow),
 * and work again once it is back.
 */
class RedisOutageTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final RedisServerProcess redis = RedisServerProcess.start();
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        redis.close();
    }

    @Test
    void locksAndLimitsFailOpenWhileRedisIsDownAndWorkAgainAfterItsRestart() {
        ApplicationContext context = started(RedisContexts.start(redis.uri(), TestRedis.uniquePrefix()));
        LockPort locks = context.getBean(LockPort.class);
        RateLimitPort limits = context.getBean(RateLimitPort.class);
        assertEnforced(locks, limits, "before");

        redis.stop();

        for (int i = 0; i < 3; i++) {
            assertTrue(answersWithin(() -> locks.tryAcquire("job", LEASE)).isPresent(), "lock while down");
            assertTrue(answersWithin(() -> locks.tryAcquire("job", LEASE)).isPresent(), "same lock while down");
            assertTrue(answersWithin(() -> limits.tryAcquire("login", 1, WINDOW)).isEmpty(), "limit while down");
        }
        assertEquals(HealthStatus.DOWN, redisHealth(context));

        redis.restart();

        awaitEnforced(locks, limits, "after the restart");
        assertEquals(HealthStatus.UP, redisHealth(context));
    }

    @Test
    void theApplicationStartsWhileRedisIsDownAndConnectsOnceItIsUp() {
        redis.stop();
        ApplicationContext context = started(RedisContexts.startUnconnected(redis.uri(), TestRedis.uniquePrefix()));
        LockPort locks = context.getBean(LockPort.class);
        RateLimitPort limits = context.getBean(RateLimitPort.class);

        assertTrue(answersWithin(() -> locks.tryAcquire("job", LEASE)).isPresent());
        assertTrue(answersWithin(() -> limits.tryAcquire("login", 1, WINDOW)).isEmpty());

        redis.restart();

        awaitEnforced(locks, limits, "once Redis is up");
    }

    @Test
    void aServerThatAcceptsButNeverAnswersCostsACallerOnlyTheTimeout() throws IOException {
        ServerSocket silent = new ServerSocket(0);
        List<Socket> accepted = new ArrayList<>();
        closeables.add(silent);
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(silent.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        ApplicationContext context = started(RedisContexts.startUnconnected("redis://127.0.0.1:" + silent.getLocalPort(),
                TestRedis.uniquePrefix()));
        LockPort locks = context.getBean(LockPort.class);
        RateLimitPort limits = context.getBean(RateLimitPort.class);

        for (int i = 0; i < 3; i++) {
            assertTrue(answersWithin(() -> locks.tryAcquire("job", LEASE)).isPresent());
            assertTrue(answersWithin(() -> limits.tryAcquire("login", 1, WINDOW)).isEmpty());
        }
    }

    private ApplicationContext started(ApplicationContext context) {
        closeables.add(0, context);
        return context;
    }

    private static void assertEnforced(LockPort locks, RateLimitPort limits, String when) {
        HeldLock held = locks.tryAcquire("job", LEASE).orElseThrow(() -> new AssertionError("lock " + when));
        assertTrue(locks.tryAcquire("job", LEASE).isEmpty(), "lock held " + when);
        held.close();
        String key = "login-" + System.nanoTime();
        assertTrue(limits.tryAcquire(key, 1, WINDOW).isEmpty(), "first attempt " + when);
        assertTrue(limits.tryAcquire(key, 1, WINDOW).isPresent(), "second attempt " + when);
    }

    /** Lettuce reconnects with a back-off, so service resumes within a few seconds, not instantly. */
    private static void awaitEnforced(LockPort locks, RateLimitPort limits, String when) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            try {
                assertEnforced(locks, limits, when);
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() - deadline > 0) {
                    throw notYet;
                }
                sleep(100);
            }
        }
    }

    private static <T> Optional<?> answersWithin(Supplier<Optional<T>> call) {
        long started = System.nanoTime();
        Optional<T> answer = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(WITHIN) < 0, "took " + took);
        return answer;
    }

    private static HealthStatus redisHealth(ApplicationContext context) {
        HealthResult result = Mono.from(context.getBean(RedisHealth.class).getResult())
                .block(Duration.ofSeconds(30));
        return result.getStatus();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
