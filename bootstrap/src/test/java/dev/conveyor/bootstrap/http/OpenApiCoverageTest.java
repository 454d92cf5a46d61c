package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every API route the server exposes is an operation of the OpenAPI document, and every operation of the
 * document is a route: read from the router, so that a new controller method cannot go undescribed.
 */
@MicronautTest(environments = "memory", startApplication = false, transactional = false)
class OpenApiCoverageTest {

    @Inject Router router;

    @Test
    void theDocumentDescribesEveryApiRouteAndNothingElse() throws IOException {
        Set<String> described = operations();
        List<String> routes = ServerRoutes.api(router);

        List<String> undescribed = routes.stream().filter(route -> !described.contains(route)).toList();
        List<String> unrouted = described.stream().filter(operation -> !routes.contains(operation)).sorted().toList();
        assertTrue(undescribed.isEmpty(), "routes the OpenAPI document does not describe: " + undescribed);
        assertTrue(unrouted.isEmpty(), "operations of the OpenAPI document no route serves: " + unrouted);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> operations() throws IOException {
        try (InputStream in = OpenApiCoverageTest.class.getResourceAsStream("/META-INF/swagger/conveyor-0.1.yml")) {
            assertNotNull(in, "the OpenAPI document was not generated");
            Map<String, Object> document = new Yaml().load(in);
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
            return paths.entrySet().stream()
                    .flatMap(path -> path.getValue().keySet().stream()
                            .filter(method -> !method.equals("parameters"))
                            .map(method -> ServerRoutes.key(method.toUpperCase(Locale.ROOT) + " " + path.getKey())))
                    .collect(Collectors.toSet());
        }
    }
}
