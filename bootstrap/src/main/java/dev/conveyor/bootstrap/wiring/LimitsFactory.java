package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.limits.port.in.AdmitRequestUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.limits.service.LimitServices;
import dev.conveyor.application.limits.service.RequestLimits;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The request limits from {@code conveyor.rate-limits.<kind>.capacity} and
 * {@code .period} (application.yml holds every default).
 */
@Factory
public class LimitsFactory {

    static final String PREFIX = "conveyor.rate-limits.";

    @Singleton
    LimitServices limitServices(SharedServices shared, Environment environment,
                                @Property(name = PREFIX + "enabled", defaultValue = "true") boolean enabled) {
        Map<RequestKind, RequestLimits.Limit> limits = new EnumMap<>(RequestKind.class);
        for (RequestKind kind : RequestKind.values()) {
            String group = PREFIX + kind.key();
            limits.put(kind, new RequestLimits.Limit(
                    environment.getRequiredProperty(group + ".capacity", Integer.class),
                    environment.getRequiredProperty(group + ".period", Duration.class)));
        }
        return new LimitServices(shared, new RequestLimits(enabled, limits));
    }

    @Singleton
    AdmitRequestUseCase admitRequest(LimitServices limits) {
        return limits.admitRequest();
    }
}
