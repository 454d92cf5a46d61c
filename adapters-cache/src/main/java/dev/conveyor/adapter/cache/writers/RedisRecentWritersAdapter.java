package dev.conveyor.adapter.cache.writers;

import dev.conveyor.adapter.cache.redis.RedisCommandRunner;
import dev.conveyor.adapter.cache.redis.RedisUnavailableException;
import dev.conveyor.application.shared.port.out.RecentWritersPort;
import io.lettuce.core.SetArgs;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Recent writers shared by every instance: one Redis key per caller that expires with its window, so a write
 * through one instance sends the caller's next reads on any instance to the primary. While Redis is
 * unreachable each instance remembers its own writers instead: a caller then reads its writes on the
 * instance that made them, and may see a replica's older state on another for up to the replica's lag.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisRecentWritersAdapter implements RecentWritersPort {

    private final RedisCommandRunner redis;
    private final LocalRecentWritersAdapter fallback = new LocalRecentWritersAdapter();

    public RedisRecentWritersAdapter(RedisCommandRunner redis) {
        this.redis = redis;
    }

    @Override
    public void wrote(String caller, Duration window) {
        fallback.wrote(caller, window);
        try {
            redis.call(commands -> commands.set(key(caller), "1", SetArgs.Builder.px(window.toMillis())));
        } catch (RedisUnavailableException e) {
            // remembered by this instance above
        }
    }

    @Override
    public boolean wroteRecently(String caller) {
        if (fallback.wroteRecently(caller)) {
            return true;
        }
        try {
            return redis.call(commands -> commands.exists(key(caller))) > 0;
        } catch (RedisUnavailableException e) {
            return false;
        }
    }

    private String key(String caller) {
        return redis.key("wrote:" + caller);
    }
}
