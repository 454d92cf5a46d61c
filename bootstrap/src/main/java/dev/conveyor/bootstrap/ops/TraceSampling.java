package dev.conveyor.bootstrap.ops;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.inject.Singleton;

/**
 * Tracing is off until an exporter is configured ({@code OTEL_TRACES_EXPORTER=otlp}): without one every span
 * would be recorded only to be dropped, on every request and SQL statement; unsampled spans cost next to nothing.
 * With one, a request's sampling follows its caller's ({@code traceparent}), else every request is traced.
 */
@Factory
public class TraceSampling {

    @Singleton
    Sampler sampler(@Property(name = "otel.traces.exporter", defaultValue = "none") String exporter) {
        return "none".equalsIgnoreCase(exporter.strip()) ? Sampler.alwaysOff() : Sampler.parentBased(Sampler.alwaysOn());
    }
}
