package dev.conveyor.adapter.cache.lock;

import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.adapter.cache.redis.RedisUnavailableException;
import dev.conveyor.application.shared.port.out.LockPort;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locks shared by every instance: {@code SET key token NX PX lease}, released
 * by a compare-and-delete script so that a holder whose lease expired never
 * deletes its successor's lock. While Redis is unreachable the lock is taken
 * in this process instead ({@link LocalLockAdapter}): it then holds per
 * instance. Locks only reduce contention (the database decides correctness),
 * so that is enough to go on serving rather than fail.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisLockAdapter implements LockPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLockAdapter.class);
    private static final String RELEASE = """
            if redis.call('get', KEYS[1]) == ARGV[1] then
              return redis.call('del', KEYS[1])
            end
            return 0
            """;

    private final RedisCommandRunner redis;
    private final LockPort fallback = new LocalLockAdapter();

    public RedisLockAdapter(RedisCommandRunner redis) {
        this.redis = redis;
    }

    @Override
    public Optional<HeldLock> tryAcquire(String name, Duration leaseTime) {
        String key = redis.key("lock:" + name);
        String token = UUID.randomUUID().toString();
        long leaseMillis = Math.max(1, leaseTime.toMillis());
        try {
            String reply = redis.call(commands -> commands.set(key, token, SetArgs.Builder.nx().px(leaseMillis)));
            return "OK".equals(reply) ? Optional.of(() -> release(key, token)) : Optional.empty();
        } catch (RedisUnavailableException e) {
            LOG.debug("lock {} taken in this instance alone: Redis is unreachable", name);
            return fallback.tryAcquire(name, leaseTime);
        }
    }

    private void release(String key, String token) {
        try {
            redis.call(commands -> commands.<Long>eval(RELEASE, ScriptOutputType.INTEGER, new String[] {key}, token));
        } catch (RedisUnavailableException e) {
            LOG.debug("lock {} not released: Redis is unreachable; its lease ends it", key);
        }
    }
}
