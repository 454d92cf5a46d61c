package dev.conveyor.adapter.cache.writers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.RedisContexts;
import dev.conveyor.application.shared.port.out.RecentWritersPort;
import dev.conveyor.testsupport.TestRedis;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recent writers, in one process and, through Redis, across instances; each for its window only. */
class RecentWritersAdaptersTest {

    private static final Duration LONG = Duration.ofMinutes(1);
    private static final Duration SHORT = Duration.ofMillis(200);

    @Test
    void oneProcessRemembersEachWriterForItsWindow() throws InterruptedException {
        RecentWritersPort writers = new LocalRecentWritersAdapter();
        writers.wrote("ada", LONG);
        writers.wrote("bob", SHORT);

        assertTrue(writers.wroteRecently("ada"));
        assertFalse(writers.wroteRecently("cyd"), "who never wrote");
        Thread.sleep(SHORT.toMillis() * 3);
        assertFalse(writers.wroteRecently("bob"), "the window is over");
        assertTrue(writers.wroteRecently("ada"));
    }

    @Test
    void aWriteThroughOneInstanceIsKnownToAnotherThroughRedisUntilItsWindowEnds() throws InterruptedException {
        String prefix = TestRedis.uniquePrefix();
        Map<String, Object> patient = Map.of("conveyor.redis.timeout", "10s");
        try (ApplicationContext a = RedisContexts.start(TestRedis.uri(), prefix, patient);
             ApplicationContext b = RedisContexts.start(TestRedis.uri(), prefix, patient)) {
            RecentWritersPort onA = a.getBean(RecentWritersPort.class);
            RecentWritersPort onB = b.getBean(RecentWritersPort.class);
            assertTrue(onA instanceof RedisRecentWritersAdapter);

            onA.wrote("ada", LONG);
            onA.wrote("bob", SHORT);
            assertTrue(onB.wroteRecently("ada"), "B learns it from Redis: it saw no write itself");
            assertFalse(onB.wroteRecently("cyd"));
            Thread.sleep(SHORT.toMillis() * 3);
            assertFalse(onB.wroteRecently("bob"), "the key expired with the window");
        }
    }
}
