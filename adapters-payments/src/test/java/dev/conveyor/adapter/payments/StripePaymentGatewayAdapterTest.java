package dev.conveyor.adapter.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.payments.port.in.PaymentGatewayException;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.CardPayment;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.GatewayEvent;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.PaymentFailed;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.PaymentRefunded;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.PaymentSucceeded;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.Refund;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.testsupport.StripeStub;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Stripe adapter against a local stub of Stripe's API, and webhooks signed here with the test secret. */
class StripePaymentGatewayAdapterTest {

    static final String SECRET = "whsec_test_secret";
    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");

    private final OrderId order = OrderId.newId();
    private StripeStub stripe;
    private StripePaymentGatewayAdapter adapter;

    @BeforeEach
    void start() {
        stripe = StripeStub.start();
        adapter = adapter(stripe.apiBase());
    }

    @AfterEach
    void stop() {
        stripe.close();
    }

    private static StripePaymentGatewayAdapter adapter(String apiBase) {
        return new StripePaymentGatewayAdapter(new StripeSettings("sk_test_123", SECRET, apiBase,
                Duration.ofSeconds(300), 0, Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aCardPaymentIsAPaymentIntentForTheOrderWithItsIdempotencyKey() {
        CardPayment card = adapter.startCardPayment(order, "ORD-2026-000042", Money.of(3897, "EUR"), "card-1");

        assertTrue(card.reference().startsWith("pi_stub_"), card.reference());
        assertEquals(card.reference() + "_secret_stub", card.clientSecret());
        assertEquals(Money.of(3897, "EUR"), card.amount());
        StripeStub.Request request = stripe.requests("POST", "/v1/payment_intents").get(0);
        assertEquals("3897", request.params().get("amount"));
        assertEquals("eur", request.params().get("currency"));
        assertEquals(order.value().toString(), request.params().get("metadata[order_id]"));
        assertEquals("ORD-2026-000042", request.params().get("metadata[order_number]"));
        assertEquals("card-1", request.idempotencyKey());

        CardPayment again = adapter.startCardPayment(order, "ORD-2026-000042", Money.of(3897, "EUR"), "card-1");
        assertEquals(card, again, "Stripe answers a repeated key with the same PaymentIntent");
    }

    @Test
    void aRefundIsMadeAgainstThePaymentIntentOnce() {
        String first = adapter.refund("pi_42", Money.of(1000, "EUR"), "refund-7");
        String retried = adapter.refund("pi_42", Money.of(1000, "EUR"), "refund-7");

        assertEquals(first, retried);
        List<StripeStub.Request> calls = stripe.requests("POST", "/v1/refunds");
        assertEquals(2, calls.size());
        assertEquals(Map.of("payment_intent", "pi_42", "amount", "1000"), calls.get(0).params());
    }

    @Test
    void anUnreachableStripeIsAGatewayFailure() {
        StripeStub gone = StripeStub.start();
        String base = gone.apiBase();
        gone.close();

        PaymentGatewayException e = assertThrows(PaymentGatewayException.class,
                () -> adapter(base).refund("pi_1", Money.of(1, "EUR"), "k"));
        assertEquals("PAYMENT_GATEWAY_FAILED", e.code());
    }

    @Test
    void aValidlySignedSucceededEventIsRead() {
        String payload = StripeStub.succeededEvent("pi_9", order.value().toString(), 2598, "eur");

        List<GatewayEvent> events = adapter.readWebhook(payload, sign(payload, NOW.getEpochSecond()));

        assertEquals(List.of(new PaymentSucceeded("pi_9", order, Money.of(2598, "EUR"))), events);
    }

    @Test
    void theApplicationsMicrosecondClockVerifiesSignatures() {
        StripePaymentGatewayAdapter withTickClock = new StripePaymentGatewayAdapter(new StripeSettings("sk_test_123",
                SECRET, stripe.apiBase(), Duration.ofSeconds(300), 0, Duration.ofSeconds(5)),
                Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000)));
        String payload = StripeStub.succeededEvent("pi_9", order.value().toString(), 2598, "eur");

        assertEquals(1, withTickClock.readWebhook(payload, sign(payload, Instant.now().getEpochSecond())).size());
    }

    @Test
    void aWrongMissingOrTamperedSignatureIsRefused() {
        String payload = StripeStub.succeededEvent("pi_9", order.value().toString(), 2598, "eur");
        String valid = sign(payload, NOW.getEpochSecond());

        assertRefused(payload, StripeStub.signature(payload, "whsec_someone_else", NOW.getEpochSecond()));
        assertRefused(payload, null);
        assertRefused(payload, "t=123");
        assertRefused(payload.replace("2598", "1"), valid);
        assertRefused(payload + " ", valid);
    }

    @Test
    void aSignatureOlderThanFiveMinutesIsStale() {
        String payload = StripeStub.succeededEvent("pi_9", order.value().toString(), 2598, "eur");

        assertEquals(1, adapter.readWebhook(payload, sign(payload, NOW.getEpochSecond() - 299)).size());
        assertRefused(payload, sign(payload, NOW.getEpochSecond() - 301));
    }

    @Test
    void failuresAndRefundsAreReadAndOtherEventsIgnored() {
        String failed = StripeStub.failedEvent("pi_9", order.value().toString(), 2598, "eur");
        assertEquals(List.of(new PaymentFailed("pi_9", order, Money.of(2598, "EUR"), "Your card was declined.")),
                adapter.readWebhook(failed, sign(failed, NOW.getEpochSecond())));

        Map<String, Long> refunds = new LinkedHashMap<>();
        refunds.put("re_1", 500L);
        refunds.put("re_2", 700L);
        String refunded = StripeStub.chargeRefundedEvent("ch_1", "pi_9", order.value().toString(), 2598, "eur",
                refunds);
        assertEquals(List.of(new PaymentRefunded("pi_9", order, Money.of(2598, "EUR"),
                        List.of(new Refund("re_1", Money.of(500, "EUR")), new Refund("re_2", Money.of(700, "EUR"))))),
                adapter.readWebhook(refunded, sign(refunded, NOW.getEpochSecond())));

        String other = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"customer.created\",\"data\":{\"object\":"
                + "{\"id\":\"cus_1\",\"object\":\"customer\"}}}";
        assertEquals(List.of(), adapter.readWebhook(other, sign(other, NOW.getEpochSecond())));
    }

    private void assertRefused(String payload, String signature) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> adapter.readWebhook(payload, signature));
        assertEquals("Stripe-Signature", e.field());
    }

    private static String sign(String payload, long epochSeconds) {
        return StripeStub.signature(payload, SECRET, epochSeconds);
    }
}
