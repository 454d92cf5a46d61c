package dev.conveyor.bootstrap.ops;

import io.micronaut.health.HealthStatus;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.health.indicator.HealthCheckType;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * {@code /readyz}: whether this instance should get traffic — its readiness checks (the database, and
 * {@link Draining} while it stops) as one status, 200 or 503, and nothing else. Public for load balancers;
 * the details are on {@code /health/readiness} for staff. The server only listens once the migrations ran.
 */
@Endpoint(id = "readyz", defaultSensitive = false)
public class ReadinessEndpoint {

    private final HealthEndpoint health;

    ReadinessEndpoint(HealthEndpoint health) {
        this.health = health;
    }

    @Read
    public Publisher<HttpResponse<Map<String, String>>> ready() {
        return Mono.from(health.getHealth(null, HealthCheckType.READINESS))
                .map(result -> HealthStatus.UP.equals(result.getStatus())
                        ? HttpResponse.ok(Map.of("status", "UP"))
                        : HttpResponse.<Map<String, String>>status(HttpStatus.SERVICE_UNAVAILABLE)
                                .body(Map.of("status", "DOWN")));
    }
}
