package dev.conveyor.adapter.cache.redis;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.aggregator.DefaultHealthAggregator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.ApplicationConfiguration;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * {@code /health} stays UP (HTTP 200) while Redis is down, with the
 * {@code redis} component DOWN in the details. Without Redis every request is
 * still served correctly (from the database, with per-instance rate
 * limits), so a load balancer or readiness probe that took instances out on
 * the overall status would turn a cache outage into a full outage. Alerting
 * watches the component.
 */
@Singleton
@Replaces(DefaultHealthAggregator.class)
@Requires(property = "conveyor.cache", value = "redis")
public final class RedisOptionalHealthAggregator extends DefaultHealthAggregator {

    public RedisOptionalHealthAggregator(ApplicationConfiguration applicationConfiguration) {
        super(applicationConfiguration);
    }

    @Override
    protected HealthStatus calculateOverallStatus(List<HealthResult> results) {
        List<HealthResult> needed = results.stream().filter(r -> !RedisHealth.NAME.equals(r.getName())).toList();
        return super.calculateOverallStatus(needed.isEmpty() ? results : needed);
    }
}
