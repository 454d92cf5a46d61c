package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.StripeStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Card payment when Stripe.js cannot load, as in these tests (no network; in real life offline or blocked):
 * with Stripe enabled (its API played by the StripeStub) checkout offers Card, loads Stripe.js only once Card
 * is chosen, says clearly that cards are unavailable, and places the order to pay later without opening a
 * PaymentIntent at Stripe (nothing would confirm it); the order's page offers to pay by card and says the same.
 */
@MicronautTest(transactional = false)
class CardPaymentWebUiTest extends BrowserTestSupport {

    private StripeStub stripe;

    @Override
    public Map<String, String> getProperties() {
        stripe = StripeStub.start();
        return TestServers.with(TestServers.h2(),
                "conveyor.payments.stripe.enabled", "true",
                "conveyor.payments.stripe.secret-key", "sk_test_conveyor",
                "conveyor.payments.stripe.webhook-secret", "whsec_conveyor",
                "conveyor.payments.stripe.publishable-key", "pk_test_conveyor",
                "conveyor.payments.stripe.api-base", stripe.apiBase(),
                "conveyor.payments.stripe.max-network-retries", "0");
    }

    @AfterAll
    void stopStripe() {
        stripe.close();
    }

    @Test
    void whenStripeJsCannotLoadTheOrderIsPlacedToPayLaterAndThePageSaysSo() {
        UUID product = shop.product(shop.user("SELLER"), 10);
        Session customer = shop.customer();
        api.patch("/api/users/me").as(customer).json(Map.of("address", Map.of("name", "Anna Huber",
                "line1", "Ring 1", "city", "Wien", "postalCode", "1010", "country", "AT"))).send().expect(200);
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", 1))
                .send().expect(200);

        try (Browser browser = browser()) {
            browser.signIn(customer.email(), HttpShop.PASSWORD);
            browser.route("/checkout").waitForCount("[data-test=payment-choice]", 2).find("#quote");
            assertEquals(Boolean.TRUE, browser.script(
                    "return document.querySelector('script[src^=\"https://js.stripe.com\"]') === null"),
                    "Stripe.js is not loaded until a card is to be used");
            browser.script("window.blocked = [];"
                    + "document.addEventListener('securitypolicyviolation', (e) => window.blocked.push(e.blockedURI))");

            browser.click("#payment-choice input[value=card]")
                    .waitForText("#card-unavailable", "Card payment is not available right now")
                    .waitForText("#card-unavailable", "placed to pay later");
            assertEquals(List.of(), browser.script("return window.blocked"),
                    "the browser policy let Stripe.js be tried: it failed on the network, not on the policy");
            browser.discardConsole(); // the script that could not load, on purpose
            browser.script("document.getElementById('payment-choice').scrollIntoView({ block: 'center' })");
            browser.check("checkout-card-unavailable");

            browser.click("#place-order").find("#countdown");
            String number = browser.text("#order-number");
            Reply order = api.get("/api/orders").as(customer).send().expect(200);
            assertEquals(number, order.text("items.0.number"));
            assertEquals("UNPAID", order.text("items.0.paymentStatus"));
            assertEquals(List.of(), stripe.requests("POST", "/v1/payment_intents"),
                    "no PaymentIntent is opened that no card could confirm");

            browser.click("#view-order").click("#pay-by-card")
                    .waitForText("#card-unavailable", "Card payment is not available right now");
            browser.discardConsole();
            browser.check("order-card-unavailable");
            assertEquals(List.of(), stripe.requests("POST", "/v1/payment_intents"));
        }
    }
}
