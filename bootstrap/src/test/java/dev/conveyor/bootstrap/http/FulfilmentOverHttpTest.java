package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.StripeStub;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deliveries, invoices and payments over HTTP on PostgreSQL, with card
 * payments through Stripe pointed at a local stub: webhooks are signed here
 * with the test secret, as Stripe would sign them.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FulfilmentOverHttpTest implements TestPropertyProvider {

    private static final String WEBHOOK_SECRET = "whsec_http_tests";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private StripeStub stripe;
    private Api api;
    private HttpShop shop;
    private Session staff;
    private Session seller;
    private Session customer;

    @Override
    public Map<String, String> getProperties() {
        stripe = StripeStub.start();
        return TestServers.with(TestServers.postgres(),
                "conveyor.orders.cancellation-window", "1s",
                "conveyor.orders.confirmation-job.interval", "100ms",
                "conveyor.payments.stripe.enabled", "true",
                "conveyor.payments.stripe.secret-key", "sk_test_conveyor",
                "conveyor.payments.stripe.webhook-secret", WEBHOOK_SECRET,
                "conveyor.payments.stripe.api-base", stripe.apiBase(),
                "conveyor.payments.stripe.max-network-retries", "0");
    }

    @AfterAll
    void stopStripe() {
        stripe.close();
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        staff = shop.user("STAFF");
        seller = shop.user("SELLER");
        customer = shop.customer();
        stripe.clear();
    }

    /** A confirmed order of {@code units} units of a product of its own. */
    private UUID confirmedOrder(int units) {
        return shop.confirmedOrder(customer, shop.product(seller, 10), units);
    }

    private Reply deliver(UUID order, int units) {
        return api.post("/api/orders/" + order + "/deliveries").as(staff).header("Idempotency-Key", "d-" + UUID.randomUUID())
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", units)), "carrier", "DHL",
                        "trackingNumber", "JD" + units))
                .send().expect(201);
    }

    private void move(UUID delivery, String status) {
        api.patch("/api/deliveries/" + delivery + "/status").as(staff).json(Map.of("status", status)).send()
                .expect(200);
    }

    private Reply invoice(UUID delivery) {
        return api.post("/api/deliveries/" + delivery + "/invoice").as(staff).send().expect(201);
    }

    private void pay(UUID order, long minor, UUID invoice) {
        api.post("/api/orders/" + order + "/payments").as(staff).header("Idempotency-Key", "p-" + UUID.randomUUID())
                .json(Map.of("method", "BANK_TRANSFER", "amount", Map.of("amountMinor", minor, "currency", "EUR"),
                        "invoiceId", invoice.toString()))
                .send().expect(201);
    }

    @Test
    void placeDeliverPartInvoicePayDeliverTheRestInvoicePayAndTheOrderIsCompleted() throws Exception {
        UUID order = confirmedOrder(3);

        UUID first = deliver(order, 2).id();
        assertEquals("PROCESSING", api.get("/api/orders/" + order).as(customer).send().text("status"));
        move(first, "SHIPPED");
        move(first, "DELIVERED");
        Reply progress = api.get("/api/orders/" + order + "/progress").as(customer).send().expect(200);
        assertEquals(66, progress.number("progress"));
        assertEquals("PARTIALLY_DELIVERED", progress.text("fulfillmentStatus"));
        Reply remaining = api.get("/api/orders/" + order + "/remaining").as(seller).send().expect(200);
        assertEquals(1, remaining.number("lines.0.remaining"));
        assertEquals(2, remaining.number("lines.0.delivered"));

        Reply firstInvoice = invoice(first);
        assertEquals(3998, firstInvoice.number("total.amountMinor"));
        api.post("/api/deliveries/" + first + "/invoice").as(staff).send().expect(200);
        pay(order, 3998, firstInvoice.id());
        assertEquals("PARTIALLY_PAID", api.get("/api/orders/" + order).as(customer).send().text("paymentStatus"));

        UUID rest = deliver(order, 1).id();
        move(rest, "SHIPPED");
        move(rest, "DELIVERED");
        Reply secondInvoice = invoice(rest);
        pay(order, 1999, secondInvoice.id());

        Reply done = api.get("/api/orders/" + order).as(customer).send().expect(200);
        assertEquals("COMPLETED", done.text("status"));
        assertEquals("PAID", done.text("paymentStatus"));
        assertEquals("DELIVERED", done.text("fulfillmentStatus"));
        assertEquals(2, api.get("/api/orders/" + order + "/invoices").as(customer).send().number("total"));
        assertEquals("PAID", api.get("/api/invoices/" + secondInvoice.id()).as(customer).send().text("status"));

        String text = pdfText(firstInvoice.id());
        assertTrue(text.contains(firstInvoice.text("number")), text);
        assertTrue(text.contains("39.98 EUR"), text);
        assertTrue(text.contains("Ada Lovelace"), text);
    }

    @Test
    void deliverAllReturnOneOfThreeByARefundOfItsLineAndTheCreditNotePdfCorrectsTheInvoice() throws Exception {
        UUID order = confirmedOrder(3);
        UUID delivery = deliver(order, 3).id();
        move(delivery, "SHIPPED");
        move(delivery, "DELIVERED");
        Reply invoice = invoice(delivery);
        pay(order, 5997, invoice.id());
        String key = "r-" + UUID.randomUUID();
        Map<String, Object> oneUnit = Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)),
                "reason", "arrived broken");

        Reply refund = api.post("/api/orders/" + order + "/refunds").as(staff).header("Idempotency-Key", key)
                .json(oneUnit).send().expect(201);
        Reply again = api.post("/api/orders/" + order + "/refunds").as(staff).header("Idempotency-Key", key)
                .json(oneUnit).send().expect(201);

        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(refund.id("creditNote.id"), again.id("creditNote.id"));
        assertEquals(refund.list("refunds"), again.list("refunds"), "the replay answers the same refunds");
        assertEquals(-1999, refund.number("refunds.0.amount.amountMinor"));
        Reply note = new Reply(refund.request(), refund.status(), refund.headers(), refund.text(),
                refund.at("creditNote"));
        assertTrue(note.text("number").matches("CN-\\d{4}-\\d{6}"), note::toString);
        assertEquals(1999, note.number("total.amountMinor"));
        assertEquals(invoice.text("number"), note.text("invoices.0.number"));
        assertEquals("/api/credit-notes/" + note.id(), note.header("Location"));
        Reply ledger = api.get("/api/orders/" + order + "/payments").as(customer).send().expect(200);
        assertEquals(1999, ledger.number("refunded.amountMinor"));
        assertEquals("PARTIALLY_REFUNDED", ledger.text("paymentStatus"));
        Reply after = api.get("/api/orders/" + order).as(customer).send().expect(200);
        assertEquals(0, after.number("balanceDue.amountMinor"), "the credited unit is not owed again");
        assertEquals(0, after.number("refundable.amountMinor"));
        assertEquals(1, api.get("/api/orders/" + order + "/credit-notes").as(customer).send().expect(200)
                .number("total"));

        String text = pdfText("/api/credit-notes/" + note.id());
        assertTrue(text.contains(note.text("number")), text);
        assertTrue(text.contains("Corrects invoice " + invoice.text("number")), text);
        assertTrue(text.contains("19.99 EUR"), text);

        api.post("/api/orders/" + order + "/refunds").as(staff).json(Map.of("amountMinor", 5, "lines",
                List.of(Map.of("lineNo", 1, "quantity", 1)))).send().expectInvalid("amountMinor");
        api.post("/api/orders/" + order + "/refunds").as(staff)
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 3)))).send()
                .expectProblem(409, "REFUND_EXCEEDS_LINE");
        api.post("/api/orders/" + order + "/refunds").as(staff)
                .json(Map.of("lines", List.of(Map.of("lineNo", 2, "quantity", 1)))).send().expectInvalid("lines.lineNo");
    }

    @Test
    void anAmountIsRefundedFromTheCardPaidLastThroughStripeOnceThenFromTheTransfer() {
        UUID order = confirmedOrder(3);
        api.post("/api/orders/" + order + "/payments").as(staff)
                .json(Map.of("method", "BANK_TRANSFER", "amount", Map.of("amountMinor", 2000, "currency", "EUR")))
                .send().expect(201);
        String reference = api.post("/api/orders/" + order + "/payment-intents").as(customer).send().expect(201)
                .text("reference");
        webhook(StripeStub.succeededEvent(reference, order.toString(), 3997, "eur")).expect(200);
        String key = "r-" + UUID.randomUUID();

        Reply note = api.post("/api/orders/" + order + "/refunds").as(staff).header("Idempotency-Key", key)
                .json(Map.of("amountMinor", 4500, "reason", "late delivery")).send().expect(201);
        api.post("/api/orders/" + order + "/refunds").as(staff).header("Idempotency-Key", key)
                .json(Map.of("amountMinor", 4500, "reason", "late delivery")).send().expect(201);

        assertEquals(4500, note.number("creditNote.total.amountMinor"));
        assertEquals("GOODWILL", note.text("creditNote.lines.0.kind"));
        assertEquals(2, note.list("refunds").size(), "from the card first, then the bank transfer");
        List<StripeStub.Request> refunds = stripe.requests("POST", "/v1/refunds");
        assertEquals(1, refunds.size(), "the card gives back what it took, once");
        assertEquals(Map.of("payment_intent", reference, "amount", "3997"), refunds.get(0).params());
        Reply ledger = api.get("/api/orders/" + order + "/payments").as(staff).send().expect(200);
        assertEquals(4500, ledger.number("refunded.amountMinor"));
        String stripeRefund = ledger.list("entries").stream().map(entry -> (Map<?, ?>) entry)
                .filter(entry -> "REFUND".equals(entry.get("kind")) && "stripe".equals(entry.get("gateway")))
                .map(entry -> (String) entry.get("providerReference")).findFirst().orElseThrow();
        webhook(StripeStub.chargeRefundedEvent("ch_3", reference, order.toString(), 3997, "eur",
                Map.of(stripeRefund, 3997L))).expect(200);
        assertEquals(4, api.get("/api/orders/" + order + "/payments").as(staff).send().list("entries").size(),
                "Stripe's report of our own refund adds nothing");
        api.post("/api/orders/" + order + "/refunds").as(staff).json(Map.of("amountMinor", 1501)).send()
                .expectProblem(409, "REFUND_EXCEEDS_ORDER");
    }

    private String pdfText(UUID invoice) throws IOException, InterruptedException {
        return pdfText("/api/invoices/" + invoice);
    }

    private String pdfText(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.getURL() + path))
                        .header("Accept", "application/pdf")
                        .header("Authorization", "Bearer " + customer.accessToken()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(null));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theStatusShortcutOfTheSeedClientsDeliversThroughDeliveries() {
        UUID order = confirmedOrder(2);

        api.patch("/api/orders/" + order + "/status").as(staff).json(Map.of("status", "SHIPPED")).send().expect(200);
        Reply delivered = api.patch("/api/orders/" + order + "/status").as(staff).json(Map.of("status", "delivered"))
                .send().expect(200);

        assertEquals("DELIVERED", delivered.text("fulfillmentStatus"));
        assertEquals("DELIVERED", api.get("/api/orders/" + order + "/deliveries").as(customer).send()
                .text("items.0.status"));
    }

    @Test
    void aCardPaymentOpensAPaymentIntentForTheBalanceAndItsWebhookRecordsItOnce() throws Exception {
        UUID order = confirmedOrder(2);

        Reply intent = api.post("/api/orders/" + order + "/payment-intents").as(customer)
                .header("Idempotency-Key", "card-1").send().expect(201);
        assertEquals(3998, intent.number("amount.amountMinor"));
        assertEquals(intent.text("reference") + "_secret_stub", intent.text("clientSecret"));
        Reply again = api.post("/api/orders/" + order + "/payment-intents").as(customer)
                .header("Idempotency-Key", "card-1").send().expect(201);
        assertEquals(intent.text("reference"), again.text("reference"));
        assertEquals(1, stripe.requests("POST", "/v1/payment_intents").stream().map(StripeStub.Request::idempotencyKey)
                .distinct().count());

        String succeeded = StripeStub.succeededEvent(intent.text("reference"), order.toString(), 3998, "eur");
        List<Reply> replies = sendConcurrently(10, succeeded, sign(succeeded, Instant.now()));
        replies.forEach(reply -> reply.expect(200));

        Reply ledger = api.get("/api/orders/" + order + "/payments").as(customer).send().expect(200);
        assertEquals(1, ledger.list("entries").size(), ledger::toString);
        assertEquals("PAID", ledger.text("paymentStatus"));
        assertEquals("SUCCEEDED", ledger.text("attempts.0.status"));
        assertEquals("stripe", ledger.text("entries.0.gateway"));
    }

    @Test
    void aSuccessReportedBeforeThePaymentWasOpenedAndAFailureAfterItLeaveItPaid() {
        UUID order = confirmedOrder(1);
        String reference = "pi_early_" + UUID.randomUUID().toString().substring(0, 8);

        webhook(StripeStub.succeededEvent(reference, order.toString(), 1999, "eur")).expect(200);
        webhook(StripeStub.failedEvent(reference, order.toString(), 1999, "eur")).expect(200);
        webhook(StripeStub.succeededEvent(reference, order.toString(), 1999, "eur")).expect(200);

        Reply ledger = api.get("/api/orders/" + order + "/payments").as(staff).send().expect(200);
        assertEquals("PAID", ledger.text("paymentStatus"));
        assertEquals(1, ledger.list("entries").size());
        assertEquals("SUCCEEDED", ledger.text("attempts.0.status"));
    }

    @Test
    void aRefundReportedBeforeItsPaymentStillRecordsBothOnce() {
        UUID order = confirmedOrder(2);
        String reference = "pi_late_" + UUID.randomUUID().toString().substring(0, 8);
        String refunded = StripeStub.chargeRefundedEvent("ch_1", reference, order.toString(), 3998, "eur",
                Map.of("re_" + reference, 1000L));

        webhook(refunded).expect(200);
        webhook(StripeStub.succeededEvent(reference, order.toString(), 3998, "eur")).expect(200);
        webhook(refunded).expect(200);

        Reply ledger = api.get("/api/orders/" + order + "/payments").as(staff).send().expect(200);
        assertEquals(2, ledger.list("entries").size(), ledger::toString);
        assertEquals(3998, ledger.number("paid.amountMinor"));
        assertEquals(1000, ledger.number("refunded.amountMinor"));
        assertEquals("PARTIALLY_REFUNDED", ledger.text("paymentStatus"));
    }

    @Test
    void cancellingAPaidOrderRefundsThroughStripeExactlyOnce() {
        UUID order = confirmedOrder(1);
        String reference = api.post("/api/orders/" + order + "/payment-intents").as(customer).send().expect(201)
                .text("reference");
        webhook(StripeStub.succeededEvent(reference, order.toString(), 1999, "eur")).expect(200);

        Reply cancelled = api.post("/api/orders/" + order + "/cancel").as(staff).json(Map.of("reason", "no stock"))
                .send().expect(200);

        assertEquals("CANCELLED", cancelled.text("status"));
        assertEquals("REFUNDED", cancelled.text("paymentStatus"));
        List<StripeStub.Request> refunds = stripe.requests("POST", "/v1/refunds");
        assertEquals(1, refunds.size());
        assertEquals(Map.of("payment_intent", reference, "amount", "1999"), refunds.get(0).params());

        String refundId = api.get("/api/orders/" + order + "/payments").as(staff).send()
                .text("entries.1.providerReference");
        webhook(StripeStub.chargeRefundedEvent("ch_2", reference, order.toString(), 1999, "eur",
                Map.of(refundId, 1999L))).expect(200);
        Reply ledger = api.get("/api/orders/" + order + "/payments").as(staff).send();
        assertEquals(2, ledger.list("entries").size(), "Stripe's report of our own refund adds nothing");
        assertEquals(1, stripe.requests("POST", "/v1/refunds").size());
    }

    @Test
    void webhooksWithABadOrStaleSignatureAreRefused() {
        UUID order = UUID.randomUUID();
        String payload = StripeStub.succeededEvent("pi_x", order.toString(), 100, "eur");

        api.post("/api/payments/webhooks/stripe").header("Stripe-Signature",
                        StripeStub.signature(payload, "whsec_wrong", Instant.now().getEpochSecond()))
                .body("application/json", payload).send().expectInvalid("Stripe-Signature");
        api.post("/api/payments/webhooks/stripe").header("Stripe-Signature",
                        sign(payload, Instant.now().minus(Duration.ofSeconds(301))))
                .body("application/json", payload).send().expectInvalid("Stripe-Signature");
        api.post("/api/payments/webhooks/stripe").body("application/json", payload).send()
                .expectInvalid("Stripe-Signature");
        webhook(payload).expectProblem(409, "UNKNOWN_PAYMENT");
    }

    @Test
    void aFailedCardAttemptIsOnePaymentFailedEventHoweverOftenTheGatewayReportsIt() {
        UUID order = confirmedOrder(1);
        String reference = "pi_failed_" + UUID.randomUUID().toString().substring(0, 8);
        webhook(StripeStub.failedEvent(reference, order.toString(), 1999, "eur")).expect(200);
        webhook(StripeStub.failedEvent(reference, order.toString(), 1999, "eur")).expect(200);
        webhook(StripeStub.succeededEvent(reference, order.toString(), 1999, "eur")).expect(200);
        webhook(StripeStub.failedEvent(reference, order.toString(), 1999, "eur")).expect(200);

        List<Map<?, ?>> failed = ((List<?>) api.get("/api/orders/" + order + "/timeline").as(customer).send()
                .expect(200).body()).stream().<Map<?, ?>>map(event -> (Map<?, ?>) event)
                .filter(event -> "payment:failed".equals(event.get("type"))).toList();
        assertEquals(1, failed.size(), failed::toString);
        Map<?, ?> data = (Map<?, ?>) failed.get(0).get("data");
        assertEquals("Your card was declined.", data.get("message"));
        assertEquals(1999, ((Number) data.get("amountMinor")).intValue());
        assertEquals(reference, data.get("providerReference"));
        assertEquals("PAID", api.get("/api/orders/" + order).as(customer).send().text("paymentStatus"),
                "the customer succeeded on the same attempt afterwards");
    }

    private Reply webhook(String payload) {
        return api.post("/api/payments/webhooks/stripe").header("Stripe-Signature", sign(payload, Instant.now()))
                .body("application/json; charset=utf-8", payload).send();
    }

    private static String sign(String payload, Instant at) {
        return StripeStub.signature(payload, WEBHOOK_SECRET, at.getEpochSecond());
    }

    private List<Reply> sendConcurrently(int copies, String payload, String signature) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < copies; i++) {
                futures.add(pool.submit(() -> api.post("/api/payments/webhooks/stripe")
                        .header("Stripe-Signature", signature).body("application/json", payload).send()));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
