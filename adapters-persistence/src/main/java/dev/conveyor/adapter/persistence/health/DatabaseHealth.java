package dev.conveyor.adapter.persistence.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code jdbc} component of {@code /health}, bounded by
 * {@code conveyor.health.database-timeout}: while the database is unreachable
 * it reports DOWN within that time instead of waiting for the pool's
 * connection timeout or a connection that never answers. It replaces
 * Micronaut's indicator, which has no bound of its own.
 */
@Singleton
@Replaces(JdbcIndicator.class)
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class DatabaseHealth implements HealthIndicator {

    static final String NAME = "jdbc";

    private final DataSource dataSource;
    private final Duration timeout;

    DatabaseHealth(DataSource dataSource, DataSourceResolver resolver,
                   @Value("${conveyor.health.database-timeout:2s}") Duration timeout) {
        this.dataSource = resolver.resolve(dataSource);
        this.timeout = timeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check)
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(timeout, Mono.fromSupplier(() -> down("no answer within " + timeout.toMillis() + " ms")));
    }

    private HealthResult check() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid((int) Math.max(1, timeout.toSeconds()))) {
                return down("the connection is not valid");
            }
            DatabaseMetaData metaData = connection.getMetaData();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("database", metaData.getDatabaseProductName());
            details.put("version", metaData.getDatabaseProductVersion());
            return HealthResult.builder(NAME, HealthStatus.UP).details(details).build();
        } catch (SQLException e) {
            return down(e.getMessage());
        }
    }

    private static HealthResult down(String error) {
        return HealthResult.builder(NAME, HealthStatus.DOWN).details(Map.of("error", String.valueOf(error))).build();
    }
}
