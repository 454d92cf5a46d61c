package dev.conveyor.adapter.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.redis.RedisHealth;
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
 * within about a second while it is gone, limits then holding in this
 * instance alone (they used to fail open), and work across instances again
 * once it is back.
 */
class RedisOutageTest {

    private static final Duration WITHIN = Duration.ofSeconds(1);
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
    void limitsHoldInThisInstanceWhileRedisIsDownAndAcrossInstancesAfterItsRestart() {
        String prefix = TestRedis.uniquePrefix();
        ApplicationContext context = started(RedisContexts.start(redis.uri(), prefix));
        ApplicationContext other = started(RedisContexts.start(redis.uri(), prefix));
        RateLimitPort limits = context.getBean(RateLimitPort.class);
        assertShared(context, other, "before");

        redis.stop();

        for (int i = 0; i < 3; i++) {
            String key = "login-down-" + i;
            assertTrue(answersWithin(() -> limits.tryAcquire(key, 1, WINDOW)).isEmpty(), "first attempt while down");
            assertTrue(answersWithin(() -> limits.tryAcquire(key, 1, WINDOW)).isPresent(), "second attempt while down");
        }
        assertEquals(HealthStatus.DOWN, redisHealth(context));

        redis.restart();

        awaitShared(context, other, "after the restart");
        assertEquals(HealthStatus.UP, redisHealth(context));
    }

    @Test
    void theApplicationStartsWhileRedisIsDownAndConnectsOnceItIsUp() {
        redis.stop();
        String prefix = TestRedis.uniquePrefix();
        ApplicationContext context = started(RedisContexts.startUnconnected(redis.uri(), prefix));
        RateLimitPort limits = context.getBean(RateLimitPort.class);

        assertTrue(answersWithin(() -> limits.tryAcquire("login", 1, WINDOW)).isEmpty());

        redis.restart();

        awaitShared(context, started(RedisContexts.start(redis.uri(), prefix)), "once Redis is up");
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
        RateLimitPort limits = context.getBean(RateLimitPort.class);

        for (int i = 0; i < 3; i++) {
            String name = "job-" + i;
            assertTrue(answersWithin(() -> limits.tryAcquire(name, 1, WINDOW)).isEmpty());
        }
    }

    private ApplicationContext started(ApplicationContext context) {
        closeables.add(0, context);
        return context;
    }

    /** What one instance counted, the other sees: the limit lives in Redis. */
    private static void assertShared(ApplicationContext one, ApplicationContext two, String when) {
        String key = "login-" + System.nanoTime();
        assertTrue(one.getBean(RateLimitPort.class).tryAcquire(key, 1, WINDOW).isEmpty(), "first attempt " + when);
        assertTrue(two.getBean(RateLimitPort.class).tryAcquire(key, 1, WINDOW).isPresent(),
                "second attempt, on the other instance, " + when);
    }

    /** Lettuce reconnects with a back-off, so service resumes within a few seconds, not instantly. */
    private static void awaitShared(ApplicationContext one, ApplicationContext two, String when) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            try {
                assertShared(one, two, when);
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() - deadline > 0) {
                    throw notYet;
                }
                sleep(100);
            }
        }
    }

    private static <T> Optional<T> answersWithin(Supplier<Optional<T>> call) {
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
