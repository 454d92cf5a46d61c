package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract check is not vacuous: it refuses what the document does not describe, and only that. */
class OpenApiContractTest {

    private static final HttpHeaders JSON = headers("application/json");
    private static final HttpHeaders PROBLEM = headers("application/problem+json");
    private static final String EMPTY_PAGE = "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}";
    private static final String PROBLEM_400 = """
            {"type":"about:blank","title":"Bad Request","status":400,"detail":"quantity must be a number",
             "code":"VALIDATION_FAILED","correlationId":"c-1","field":"quantity"}""";

    @Test
    void aResponseTheDocumentDescribesPasses() {
        assertDoesNotThrow(() -> check("GET", "/api/products?page=0", null, 200, JSON, EMPTY_PAGE));
        assertDoesNotThrow(() -> check("POST", "/api/cart/lines", "{\"quantity\":\"five\"}", 400, PROBLEM,
                PROBLEM_400));
    }

    @Test
    void anUndeclaredStatusFails() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> check("GET", "/api/products", null, 418, PROBLEM, PROBLEM_400));
        assertTrue(failure.getMessage().contains("418"), failure.getMessage());
    }

    @Test
    void aNullInANonNullableFieldFails() {
        String page = "{\"items\":[],\"page\":0,\"size\":null,\"total\":0}";
        AssertionError failure = assertThrows(AssertionError.class,
                () -> check("GET", "/api/products", null, 200, JSON, page));
        assertTrue(failure.getMessage().contains("size"), failure.getMessage());
    }

    @Test
    void aMissingRequiredMemberFails() {
        String page = "{\"items\":[],\"page\":0,\"size\":20}";
        assertThrows(AssertionError.class, () -> check("GET", "/api/products", null, 200, JSON, page));
    }

    @Test
    void aRequestTheServerAcceptedMustMatchTheDocumentOneItRefusedNeedNot() {
        String cart = "{\"lines\":[],\"totals\":[],\"units\":0,\"readyForCheckout\":false,\"updatedAt\":null}";
        String wrongType = "{\"productId\":\"" + UUID.randomUUID() + "\",\"quantity\":\"five\"}";
        assertThrows(AssertionError.class, () -> check("POST", "/api/cart/lines", wrongType, 200, JSON, cart));
        assertDoesNotThrow(() -> check("POST", "/api/cart/lines", wrongType, 400, PROBLEM, PROBLEM_400));
    }

    private static void check(String method, String path, String body, int status, HttpHeaders headers,
                              String response) {
        HttpHeaders sent = body == null ? headers(null) : JSON;
        OpenApiContract.check(method, URI.create("http://localhost" + path), sent,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), status, headers, response);
    }

    private static HttpHeaders headers(String contentType) {
        Map<String, List<String>> map = contentType == null ? Map.of()
                : Map.of("Content-Type", List.of(contentType), "Authorization", List.of("Bearer x"));
        return HttpHeaders.of(map, (name, value) -> true);
    }
}
