package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.testsupport.StripeStub;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.TestInstance;

/**
 * Webhooks signed with the right secret but hostile otherwise: a body that is
 * no event, an object of the wrong kind or without what Conveyor needs answers
 * 400 naming the member (it answered 500); an unknown event type is
 * acknowledged and ignored; a refund larger than its payment is recorded only
 * up to what the payment can give back; a signature from the future is refused
 * like a stale one.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripeWebhooksOverHttpTest implements TestPropertyProvider {

    private static final String SECRET = "whsec_hostile_tests";
    private static final String INTENT_WITHOUT_CURRENCY = "{\"id\":\"pi_1\",\"object\":\"payment_intent\","
            + "\"amount\":100,\"amount_received\":100,\"status\":\"succeeded\",\"metadata\":{}}";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private StripeStub stripe;
    private Api api;
    private HttpShop shop;

    @Override
    public Map<String, String> getProperties() {
        stripe = StripeStub.start();
        return TestServers.with(TestServers.postgres(),
                "conveyor.payments.stripe.enabled", "true",
                "conveyor.payments.stripe.secret-key", "sk_test_conveyor",
                "conveyor.payments.stripe.webhook-secret", SECRET,
                "conveyor.payments.stripe.api-base", stripe.apiBase(),
                "conveyor.payments.stripe.max-network-retries", "0");
    }

    @BeforeAll
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    @AfterAll
    void stopStripe() {
        stripe.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "not json at all                                                                   | body",
            "[1, 2]                                                                            | body",
            "{\"id\":\"evt_1\",\"object\":\"event\",\"data\":{}}                              | type",
            "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\",\"data\":{}}             | data.object",
            "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\"}                         | data.object",
            "{\"id\":\"evt_1\",\"type\":\"charge.refunded\",\"data\":{\"object\":{\"id\":\"pi_1\",\"object\":\"payment_intent\"}}} | data.object",
            "{\"id\":\"evt_1\",\"type\":\"payment_intent.payment_failed\",\"data\":{\"object\":{\"id\":\"pi_1\",\"object\":\"payment_intent\",\"amount\":-5,\"currency\":\"eur\"}}} | data.object.amount",
            "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\"pi_1\",\"object\":\"payment_intent\",\"amount_received\":100,\"currency\":\"zz\"}}} | data.object.currency",
            "{\"id\":\"evt_1\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"id\":\"pi\\u0000\",\"object\":\"payment_intent\"}}} | data.object.id"})
    void aSignedBodyConveyorCannotUseIs400NamingWhatIsWrong(String payload, String member) {
        webhook(payload, Instant.now()).expectInvalid(member);
    }

    @Test
    void aPaymentIntentWithoutIdOrCurrencyIs400NamingTheMember() {
        webhook(event("payment_intent.succeeded", INTENT_WITHOUT_CURRENCY), Instant.now())
                .expectInvalid("data.object.currency");
        webhook(event("payment_intent.succeeded", INTENT_WITHOUT_CURRENCY.replace("\"id\":\"pi_1\",", "")
                .replace("\"metadata\"", "\"currency\":\"eur\",\"metadata\"")), Instant.now())
                .expectInvalid("data.object.id");
    }

    @Test
    void aChargeReportedAsAPaymentIntentIs400() {
        String charge = "{\"id\":\"ch_1\",\"object\":\"charge\",\"amount\":100,\"currency\":\"eur\"}";
        webhook(event("payment_intent.succeeded", charge), Instant.now()).expectInvalid("data.object");
    }

    /** Found by StripeWebhookFuzzTest: stripe-java's recursive JSON handling overflowed its stack (500). */
    @Test
    void aBodyNestedThousandsOfLevelsDeepIs400() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        String charge = "{\"id\":\"ch_1\",\"object\":\"charge\",\"payment_intent\":\"pi_1\",\"currency\":\"eur\","
                + "\"metadata\":{\"deep\":" + deep + "}}";

        webhook(event("charge.refunded", charge), Instant.now()).expectInvalid("body");
    }

    @Test
    void anEventTypeConveyorDoesNotHandleIsAcknowledgedAndIgnored() {
        Reply reply = webhook(event("customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\"}"), Instant.now())
                .expect(200);
        assertEquals("true", reply.text("received"));
    }

    @Test
    void aRefundLargerThanItsPaymentIsRecordedOnlyUpToWhatThePaymentCanGiveBack() {
        Session customer = shop.customer();
        UUID order = shop.order(customer, shop.product(shop.user("SELLER"), 10));
        String intent = "pi_cap_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        webhook(StripeStub.succeededEvent(intent, order.toString(), 1000, "eur"), Instant.now()).expect(200);

        webhook(StripeStub.chargeRefundedEvent("ch_cap", intent, order.toString(), 1000, "eur",
                Map.of("re_huge", 999_999L)), Instant.now()).expect(200);
        webhook(StripeStub.chargeRefundedEvent("ch_cap", intent, order.toString(), 1000, "eur",
                Map.of("re_huge", 999_999L, "re_more", 500L)), Instant.now()).expect(200);

        Reply ledger = api.get("/api/orders/" + order + "/payments").as(customer).send().expect(200);
        assertEquals(2, ledger.list("entries").size(), "nothing left for re_more: " + ledger);
        assertEquals(-1000, ledger.number("entries.1.amount.amountMinor"), ledger::toString);
        assertEquals(1000, ledger.number("refunded.amountMinor"), ledger::toString);
        assertEquals("REFUNDED", ledger.text("paymentStatus"));
    }

    @Test
    void aSignatureFromTheFutureIsRefusedLikeAStaleOne() {
        String payload = event("customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\"}");

        webhook(payload, Instant.now().plus(Duration.ofHours(1))).expectInvalid("Stripe-Signature");
        webhook(payload, Instant.now().plus(Duration.ofSeconds(330))).expectInvalid("Stripe-Signature");
        webhook(payload, Instant.now().plus(Duration.ofSeconds(240))).expect(200);
        webhook(payload, Instant.now().minus(Duration.ofSeconds(330))).expectInvalid("Stripe-Signature");
    }

    private static String event(String type, String object) {
        return "{\"id\":\"evt_" + UUID.randomUUID().toString().replace("-", "") + "\",\"object\":\"event\","
                + "\"type\":\"" + type + "\",\"data\":{\"object\":" + object + "}}";
    }

    private Reply webhook(String payload, Instant signedAt) {
        return api.post("/api/payments/webhooks/stripe")
                .header("Stripe-Signature", StripeStub.signature(payload, SECRET, signedAt.getEpochSecond()))
                .body("application/json", payload).send();
    }
}
