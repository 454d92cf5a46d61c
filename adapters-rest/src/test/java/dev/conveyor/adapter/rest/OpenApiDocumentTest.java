package dev.conveyor.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document generated at compile time describes the API, not its plumbing, and passes the
 * standard lint. That it describes every route, and every answer the HTTP tests see, is checked in
 * bootstrap (OpenApiCoverageTest, and every exchange of the HTTP tests through OpenApiContract).
 */
class OpenApiDocumentTest {

    private static String document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/swagger/conveyor-0.1.yml")) {
            assertNotNull(in, "the OpenAPI document was not generated");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Spectral's {@code spectral:oas} rules, warnings included: the CLI comes from npm
     * ({@code npm install -g @stoplight/spectral-cli}, which .ci/run does).
     */
    @Test
    void spectralFindsNothingToSay() throws IOException, InterruptedException {
        Path document = Files.createTempFile("conveyor-openapi", ".yml");
        Files.writeString(document, document());
        Path ruleset = Path.of("..", ".spectral.yaml").toAbsolutePath().normalize();
        Process spectral;
        try {
            spectral = new ProcessBuilder("spectral", "lint", "--ruleset", ruleset.toString(), "--fail-severity",
                    "warn", "--format", "text", document.toString()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            throw new AssertionError("the Spectral CLI is needed: npm install -g @stoplight/spectral-cli "
                    + "(.ci/run installs it)", notInstalled);
        }
        String output = new String(spectral.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(spectral.waitFor(2, TimeUnit.MINUTES), "spectral did not finish");
        assertEquals(0, spectral.exitValue(), output);
    }

    @Test
    void theCallerIsNotARequestParameter() throws IOException {
        String document = document();
        assertFalse(document.contains("name: actor"));
        assertFalse(document.contains("#/components/schemas/Actor"));
    }
}
