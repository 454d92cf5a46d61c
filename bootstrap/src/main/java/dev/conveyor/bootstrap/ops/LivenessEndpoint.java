package dev.conveyor.bootstrap.ops;

import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import java.util.Map;

/**
 * {@code /healthz}: the process answers. Cheap and dependency-free on purpose,
 * for liveness probes; {@code /health} reports the dependencies.
 */
@Endpoint(id = "healthz", defaultSensitive = false)
public class LivenessEndpoint {

    @Read
    public Map<String, String> alive() {
        return Map.of("status", "UP");
    }
}
