package dev.conveyor.adapter.payments;

import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.testsupport.HostileJson;
import dev.conveyor.testsupport.StripeStub;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile webhook bodies, correctly signed, as only a holder of the webhook
 * secret (or a bug at the gateway) could send them: the parser reports what it
 * reads or refuses with the 400 error, and throws nothing else. Bodies come
 * from {@link HostileJson}, bare or inside the envelope of an event type the
 * parser handles, so that they reach its readers of intents and charges.
 */
class StripeWebhookFuzzTest {

    private static final String SECRET = "whsec_fuzz";
    private static final List<String> NAMES = List.of("id", "object", "type", "data", "amount", "amount_received",
            "amount_captured", "currency", "payment_intent", "metadata", "order_id", "refunds", "status",
            "last_payment_error", "message", "created", "has_more", "payment_intent", "charge", "refund");

    private static StripeStub stripe;
    private static StripePaymentGatewayAdapter gateway;

    @BeforeContainer
    static void start() {
        stripe = StripeStub.start();
        gateway = new StripePaymentGatewayAdapter(new StripeSettings("sk_test_fuzz", SECRET, stripe.apiBase(),
                Duration.ofSeconds(300), 0, Duration.ofSeconds(5)), Clock.systemUTC());
    }

    @AfterContainer
    static void stop() {
        stripe.close();
    }

    @Property
    void aSignedBodyIsReadOrRefusedAsABadRequest(@ForAll("payloads") String payload) {
        String signature = StripeStub.signature(payload, SECRET, Instant.now().getEpochSecond());
        try {
            gateway.readWebhook(payload, signature);
        } catch (InvalidInputException refused) {
            // answered 400
        }
    }

    @Provide
    Arbitrary<String> payloads() {
        Arbitrary<String> inEnvelope = Combinators.combine(
                Arbitraries.of("payment_intent.succeeded", "payment_intent.payment_failed", "charge.refunded"),
                HostileJson.documents(NAMES))
                .as((type, object) -> "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"" + type
                        + "\",\"data\":{\"object\":" + object + "}}");
        return Arbitraries.oneOf(HostileJson.bodies(NAMES), inEnvelope);
    }
}
