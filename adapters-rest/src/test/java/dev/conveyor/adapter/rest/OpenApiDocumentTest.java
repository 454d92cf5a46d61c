package dev.conveyor.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI document generated at compile time describes the API, not its plumbing. */
class OpenApiDocumentTest {

    private static String document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/swagger/conveyor-0.1.yml")) {
            assertNotNull(in, "the OpenAPI document was not generated");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyRouteIsDescribed() throws IOException {
        String document = document();
        for (String path : List.of("/api/auth/signup:", "/api/auth/login:", "/api/auth/refresh:", "/api/auth/logout:",
                "/api/users/me:", "/api/admin/users:", "/api/admin/users/{id}/role:", "/api/products:",
                "/api/products/{id}:", "/api/manage/products:", "/api/products/{id}/stock-adjustments:",
                "/api/orders:", "/api/orders/{id}:", "/api/orders/{id}/cancel:", "/api/orders/{id}/status:")) {
            assertTrue(document.contains("\n  " + path + "\n"), "missing " + path);
        }
        assertTrue(document.contains("scheme: bearer"));
    }

    @Test
    void theCallerIsNotARequestParameter() throws IOException {
        String document = document();
        assertFalse(document.contains("name: actor"));
        assertFalse(document.contains("#/components/schemas/Actor"));
    }
}
