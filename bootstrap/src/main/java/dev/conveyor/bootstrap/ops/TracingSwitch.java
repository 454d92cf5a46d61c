package dev.conveyor.bootstrap.ops;

import io.micronaut.context.env.PropertyExpressionResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;
import java.util.Optional;

/**
 * {@code ${conveyor.tracing.exporting}}: whether {@code otel.traces.exporter} ({@code OTEL_TRACES_EXPORTER}) names
 * an exporter. application.yml turns Micronaut's OpenTelemetry integration ({@code micronaut.otel.enabled}) on
 * with it: without an exporter there is then no SDK, no HTTP server tracing filter and no JDBC wrapper at all.
 * A sampler that is off is not enough: the filter and the JDBC wrapper still build every request's and every
 * statement's span attributes before the sampler drops them (9.6 % of a read's CPU with Micrometer's timer,
 * docs/performance.md). Micronaut's own switch cannot follow the exporter setting by configuration alone, hence an
 * expression, resolved like {@code ${random.port}} from the settings of the context being started.
 */
public final class TracingSwitch implements PropertyExpressionResolver {

    static final String EXPRESSION = "conveyor.tracing.exporting";

    @Override
    public <T> Optional<T> resolve(PropertyResolver settings, ConversionService conversion, String expression,
                                   Class<T> type) {
        if (!EXPRESSION.equals(expression)) {
            return Optional.empty();
        }
        return conversion.convert(exporting(settings), type);
    }

    static boolean exporting(PropertyResolver settings) {
        return settings.getProperty("otel.traces.exporter", String.class)
                .map(exporter -> !"none".equalsIgnoreCase(exporter.strip()))
                .orElse(false);
    }
}
