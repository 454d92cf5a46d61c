package dev.conveyor.adapter.cache.ratelimit;

import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.adapter.cache.redis.RedisUnavailableException;
import dev.conveyor.application.shared.port.out.RateLimitPort;
import io.lettuce.core.ScriptOutputType;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fixed-window counters shared by every instance: one script increments the
 * key, starts its expiry with the first attempt and, over the limit, answers
 * the key's remaining time to live. While Redis is unreachable every attempt
 * is allowed: a limiter that locks everyone out would turn an outage of the
 * cache into an outage of logins.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisRateLimitAdapter implements RateLimitPort {

    private static final Logger LOG = LoggerFactory.getLogger(RedisRateLimitAdapter.class);
    private static final long ALLOWED = -1;
    /** A key left without expiry (it never should be) gets one, so it cannot block forever. */
    private static final String COUNT = """
            local attempts = redis.call('incr', KEYS[1])
            if attempts == 1 then
              redis.call('pexpire', KEYS[1], ARGV[1])
            end
            if attempts <= tonumber(ARGV[2]) then
              return -1
            end
            local remaining = redis.call('pttl', KEYS[1])
            if remaining < 0 then
              redis.call('pexpire', KEYS[1], ARGV[1])
              return tonumber(ARGV[1])
            end
            return remaining
            """;

    private final RedisCommandRunner redis;

    public RedisRateLimitAdapter(RedisCommandRunner redis) {
        this.redis = redis;
    }

    @Override
    public Optional<Duration> tryAcquire(String key, int limit, Duration window) {
        String redisKey = redis.key("rate:" + key);
        String windowMillis = String.valueOf(Math.max(1, window.toMillis()));
        try {
            Long reply = redis.call(commands -> commands.<Long>eval(COUNT, ScriptOutputType.INTEGER,
                    new String[] {redisKey}, windowMillis, String.valueOf(limit)));
            return reply == ALLOWED ? Optional.empty() : Optional.of(Duration.ofMillis(reply));
        } catch (RedisUnavailableException e) {
            LOG.debug("attempt under {} allowed without counting: Redis is unreachable", key);
            return Optional.empty();
        }
    }
}
