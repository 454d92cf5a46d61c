package dev.conveyor.bootstrap.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CONVEYOR_JWT_SECRET (property conveyor.jwt-secret) must reach the token signer:
 * instances sharing it accept each other's tokens, and tokens survive a restart.
 */
class JwtSecretConfigurationTest {

    private static final String SIGNING_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    @Test
    void theConfiguredSecretSignsTheTokens() {
        String secret = "a-configured-secret-of-at-least-32-characters";
        try (ApplicationContext context = ApplicationContext.run(Map.of("conveyor.jwt-secret", secret), "memory")) {
            assertEquals(secret, context.getProperty(SIGNING_SECRET, String.class).orElseThrow());
        }
    }

    @Test
    void withoutASecretEachStartPicksARandomOne() {
        try (ApplicationContext first = ApplicationContext.run("memory");
             ApplicationContext second = ApplicationContext.run("memory")) {
            String one = first.getProperty(SIGNING_SECRET, String.class).orElseThrow();
            String two = second.getProperty(SIGNING_SECRET, String.class).orElseThrow();
            assertTrue(one.length() >= 32, one);
            assertNotEquals(one, two);
        }
    }
}
