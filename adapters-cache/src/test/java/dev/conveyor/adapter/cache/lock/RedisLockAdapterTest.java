package dev.conveyor.adapter.cache.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.cache.RedisContexts;
import dev.conveyor.adapter.cache.lock.RedisLockAdapter;
import dev.conveyor.application.shared.port.out.LockPort.HeldLock;
import dev.conveyor.application.shared.port.out.LockPort;
import dev.conveyor.testsupport.TestRedis;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RedisLockAdapterTest extends LockPortContract {

    private final String prefix = TestRedis.uniquePrefix();
    private final ApplicationContext context = RedisContexts.start(TestRedis.uri(), prefix);
    private final LockPort locks = context.getBean(LockPort.class);

    @AfterEach
    void close() {
        context.close();
    }

    @Override
    LockPort locks() {
        return locks;
    }

    @Test
    void theLockIsAKeyUnderThePrefixWithTheLeaseAsExpiry() {
        assertInstanceOf(RedisLockAdapter.class, locks);
        RedisCommands<String, String> redis = rawConnection().sync();

        HeldLock held = locks.tryAcquire("job", Duration.ofSeconds(30)).orElseThrow();

        long ttl = redis.pttl(prefix + "lock:job");
        assertTrue(ttl > 25_000 && ttl <= 30_000, "pttl " + ttl);
        held.close();
        assertEquals(0, redis.exists(prefix + "lock:job"));
    }

    @Test
    void releaseDeletesNothingWhenTheKeyHoldsAnotherToken() {
        RedisCommands<String, String> redis = rawConnection().sync();
        HeldLock held = locks.tryAcquire("job", Duration.ofSeconds(30)).orElseThrow();
        redis.psetex(prefix + "lock:job", 30_000, "someone-else");

        held.close();

        assertEquals("someone-else", redis.get(prefix + "lock:job"));
    }

    @SuppressWarnings("unchecked")
    private StatefulRedisConnection<String, String> rawConnection() {
        return context.getBean(StatefulRedisConnection.class);
    }
}
