package dev.conveyor.adapter.cache.redis;

import io.micronaut.configuration.lettuce.health.RedisHealthIndicator;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code redis} component of {@code /health}: a PING through the same
 * runner the adapters use, so it answers within their timeout (or at once
 * while the circuit is open) and reports the circuit's state. It replaces
 * micronaut-redis's indicator, which opens a connection of its own per check
 * and retries for seconds. Whether Redis being down makes the whole service
 * down is {@link RedisOptionalHealthAggregator}'s decision.
 */
@Singleton
@Replaces(RedisHealthIndicator.class)
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisHealth implements HealthIndicator {

    static final String NAME = "redis";

    private final RedisCommandRunner redis;

    public RedisHealth(RedisCommandRunner redis) {
        this.redis = redis;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check).subscribeOn(Schedulers.boundedElastic());
    }

    private HealthResult check() {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            redis.call(commands -> commands.ping());
            details.put("circuit", redis.circuit().name());
            return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
        } catch (RedisUnavailableException e) {
            details.put("error", e.getMessage());
            details.put("circuit", redis.circuit().name());
            details.put("impact", "degraded: reads bypass the cache and are served from the database; rate limits "
                    + "hold per instance only");
            return HealthResult.builder(NAME, HealthStatus.DOWN).details(details).build();
        }
    }
}
