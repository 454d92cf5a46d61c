package dev.conveyor.adapter.rest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.core.util.PathMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The API filters' own path check answers as Micronaut's {@code /api/**} filter pattern did. */
class ApiPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/", "/api/orders/0b7c", "//api/orders", "/ api /orders", "/api//x",
            "/apis", "/ap", "/API/orders", "/", "//", "", "api/orders", "/x/api", "/app/main.js", "/ws", "/healthz",
            "/ /api", "/\tapi"})
    void matchesWhatTheAntPatternMatches(String path) {
        assertEquals(PathMatcher.ANT.matches("/api/**", path), ApiPaths.isApi(path), path);
    }
}
