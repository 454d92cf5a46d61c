package dev.conveyor.adapter.cache.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micronaut.configuration.lettuce.AbstractRedisConfiguration;
import io.micronaut.configuration.lettuce.ClientResourcesMutator;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Makes the Lettuce client fail fast instead of waiting for a Redis that is
 * gone: commands are refused while disconnected (instead of being queued and
 * run late, which could take a lock nobody waits for anymore), connecting and
 * every command are bounded by {@code conveyor.redis.timeout}, and reconnect
 * attempts back off to at most one a second, so service resumes soon after
 * Redis returns.
 */
@Singleton
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisClientTuning implements BeanCreatedEventListener<RedisClient>, ClientResourcesMutator {

    private static final Duration MAX_RECONNECT_DELAY = Duration.ofSeconds(1);

    private final Duration timeout;

    public RedisClientTuning(@Value(RedisCommandRunner.TIMEOUT) Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public RedisClient onCreated(BeanCreatedEvent<RedisClient> event) {
        RedisClient client = event.getBean();
        client.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build());
        return client;
    }

    @Override
    public void mutate(ClientResources.Builder builder, AbstractRedisConfiguration config) {
        builder.reconnectDelay(Delay.exponential(Duration.ofMillis(10), MAX_RECONNECT_DELAY, 2,
                TimeUnit.MILLISECONDS));
    }
}
