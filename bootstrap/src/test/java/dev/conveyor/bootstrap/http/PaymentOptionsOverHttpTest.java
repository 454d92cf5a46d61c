package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * With Stripe enabled and its publishable key set, anyone may learn that cards
 * are offered and with which key, and the UI page may load Stripe.js, show its
 * frames and let it reach Stripe's API; API answers still load nothing. Without
 * Stripe, SecurityHeadersOverHttpTest shows the opposite.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentOptionsOverHttpTest implements TestPropertyProvider {

    static final String PUBLISHABLE_KEY = "pk_test_conveyor";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.h2(),
                "conveyor.payments.stripe.enabled", "true",
                "conveyor.payments.stripe.secret-key", "sk_test_conveyor",
                "conveyor.payments.stripe.webhook-secret", "whsec_conveyor",
                "conveyor.payments.stripe.publishable-key", PUBLISHABLE_KEY);
    }

    @BeforeAll
    void client() {
        api = new Api(server.getURL(), json);
    }

    @Test
    void cardsAreOfferedWithThePublishableKeyToAnyone() {
        Reply options = api.get("/api/payments/options").send().expect(200);

        assertEquals(Boolean.TRUE, options.at("card"), options::toString);
        assertEquals(PUBLISHABLE_KEY, options.text("stripePublishableKey"));
        assertEquals("no-store", options.header("Cache-Control"));
    }

    @Test
    void theUiPageMayLoadStripeJsAndItsFramesAndReachStripesApi() {
        String policy = api.get("/").send().expect(200).header("Content-Security-Policy");

        assertTrue(policy.matches(".*script-src 'self' https://js\\.stripe\\.com[ ;].*"), policy);
        assertTrue(policy.contains("frame-src https://js.stripe.com https://hooks.stripe.com;"), policy);
        assertTrue(policy.contains("connect-src 'self' https://api.stripe.com;"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        String apiPolicy = api.get("/api/payments/options").send().expect(200).header("Content-Security-Policy");
        assertTrue(apiPolicy.startsWith("default-src 'none';") && !apiPolicy.contains("stripe"), apiPolicy);
    }
}
