package dev.conveyor.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase.ChangeDeliveryStatusCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase.CreateDeliveryCommand;
import dev.conveyor.application.fulfilment.port.in.CreateDeliveryUseCase;
import dev.conveyor.application.fulfilment.port.in.StatusShortcutUseCase.Shortcut;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordPaymentCommand;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase.RefundOrderCommand;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase.RefundCommand;
import dev.conveyor.domain.delivery.DeliveryStatus;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fulfilment routes: status, headers and body shape, and what reaches the core. */
@MicronautTest
class FulfilmentRoutesTest extends ServerTestSupport {

    private final UUID id = UUID.randomUUID();

    @Test
    void aDeliveryIsCreatedWithItsLinesAndARetryIsMarkedReplayed() {
        String body = "{\"lines\":[{\"lineNo\":1,\"quantity\":2}],\"carrier\":\"DHL\",\"trackingNumber\":\"JD1\"}";
        ApiClient.Reply created = api.send(api.request("POST", "/api/orders/" + id + "/deliveries", body)
                .header("Authorization", "Bearer " + tokenFor(Role.STAFF)).header("Idempotency-Key", "first"));

        assertEquals(201, created.status());
        assertEquals("/api/deliveries/" + created.get("id"), created.header("Location"));
        assertEquals("SHIPPED", created.get("status"));
        assertEquals(List.of("DELIVERED", "FAILED"), created.get("allowedTransitions"));
        assertNull(created.header("Idempotent-Replayed"));
        assertEquals(new CreateDeliveryCommand(List.of(new CreateDeliveryUseCase.Line(1, 2)), "DHL", "JD1"),
                FakeFulfilment.lastInput());

        ApiClient.Reply replayed = api.send(api.request("POST", "/api/orders/" + id + "/deliveries", body)
                .header("Authorization", "Bearer " + tokenFor(Role.STAFF)).header("Idempotency-Key", "seen"));
        assertEquals("true", replayed.header("Idempotent-Replayed"));
    }

    @Test
    void aDeliveryWithoutABodyDeliversEverythingThatRemains() {
        ApiClient.Reply created = api.send("POST", "/api/orders/" + id + "/deliveries", null,
                tokenFor(Role.SELLER));

        assertEquals(201, created.status());
        assertEquals(new CreateDeliveryCommand(List.of(), null, null), FakeFulfilment.lastInput());
    }

    @Test
    void badDeliveryLinesNameTheirField() {
        ApiClient.Reply reply = api.send("POST", "/api/orders/" + id + "/deliveries",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":0}]}", tokenFor(Role.STAFF));

        assertEquals(400, reply.status());
        assertEquals("lines[0].quantity", reply.get("field"));
        assertEquals(403, api.send("POST", "/api/orders/" + id + "/deliveries", "{}", tokenFor(Role.CUSTOMER))
                .status());
    }

    @Test
    void aDeliveryMovesWithCarrierAndTrackingNumber() {
        ApiClient.Reply moved = api.send("PATCH", "/api/deliveries/" + id + "/status",
                "{\"status\":\"delivered\",\"carrier\":\"UPS\",\"reason\":\"signed by Ann\"}", tokenFor(Role.STAFF));

        assertEquals(200, moved.status());
        assertEquals(new ChangeDeliveryStatusCommand(DeliveryStatus.DELIVERED, "UPS", null, "signed by Ann"),
                FakeFulfilment.lastInput());
        ApiClient.Reply bad = api.send("PATCH", "/api/deliveries/" + id + "/status", "{\"status\":\"LOST\"}",
                tokenFor(Role.STAFF));
        assertEquals(400, bad.status());
        assertEquals("status", bad.get("field"));
    }

    @Test
    void theOrderListsItsDeliveriesInPagesAndAnswersRemainingAndProgress() {
        String token = tokenFor(Role.CUSTOMER);
        ApiClient.Reply page = api.send("GET", "/api/orders/" + id + "/deliveries?page=1&size=2", null, token);
        assertEquals(200, page.status());
        assertEquals(3, page.get("total"));
        assertEquals(1, ((List<?>) page.get("items")).size());

        ApiClient.Reply remaining = api.send("GET", "/api/orders/" + id + "/remaining", null, token);
        Map<?, ?> line = (Map<?, ?>) ((List<?>) remaining.get("lines")).get(0);
        assertEquals(Map.of("total", 3, "remaining", 3, "shipped", 0), Map.of("total", line.get("total"),
                "remaining", line.get("remaining"), "shipped", line.get("shipped")));

        ApiClient.Reply progress = api.send("GET", "/api/orders/" + id + "/progress", null, token);
        assertEquals(0, progress.get("progress"));
        assertEquals("UNFULFILLED", progress.get("fulfillmentStatus"));
    }

    @Test
    void anInvoiceIsCreatedOnceAndThenAnsweredWith200() {
        ApiClient.Reply created = api.send("POST", "/api/deliveries/" + id + "/invoice", null, tokenFor(Role.STAFF));
        assertEquals(201, created.status());
        assertTrue(((String) created.get("number")).startsWith("INV-2026-"), created.raw().body());
        assertEquals(Map.of("amountMinor", 2598, "currency", "EUR"), created.get("total"));

        ApiClient.Reply again = api.send(api.request("POST", "/api/deliveries/" + id + "/invoice", null)
                .header("Authorization", "Bearer " + tokenFor(Role.STAFF)).header("Idempotency-Key", "k"));
        assertEquals(200, again.status());
        assertEquals(403, api.send("POST", "/api/deliveries/" + id + "/invoice", null, tokenFor(Role.SELLER))
                .status());
    }

    @Test
    void anInvoiceIsJsonByDefaultAndAPdfWhenAskedFor() throws IOException, InterruptedException {
        ApiClient.Reply json = api.send("GET", "/api/invoices/" + id, null, tokenFor(Role.CUSTOMER));
        assertEquals(200, json.status());
        assertTrue(json.contentType().startsWith("application/json"), json.contentType());

        HttpClient http = HttpClient.newHttpClient();
        for (HttpRequest request : List.of(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/api/invoices/" + id))
                        .header("Accept", "application/pdf")
                        .header("Authorization", "Bearer " + tokenFor(Role.CUSTOMER)).build(),
                HttpRequest.newBuilder(URI.create(server.getURL() + "/api/invoices/" + id + "/pdf"))
                        .header("Authorization", "Bearer " + tokenFor(Role.CUSTOMER)).build())) {
            HttpResponse<byte[]> pdf = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(null));
            assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII),
                    java.util.Arrays.copyOf(pdf.body(), 5));
        }
    }

    @Test
    void staffRecordManualPaymentsAndRefunds() {
        ApiClient.Reply recorded = api.send("POST", "/api/orders/" + id + "/payments",
                "{\"method\":\"bankTransfer\",\"amount\":{\"amountMinor\":2598,\"currency\":\"EUR\"},"
                        + "\"reference\":\"SEPA 42\"}", tokenFor(Role.STAFF));
        assertEquals(201, recorded.status());
        assertEquals(new RecordPaymentCommand(PaymentMethod.BANK_TRANSFER, Money.of(2598, "EUR"), null, "SEPA 42",
                null), FakeFulfilment.lastInput());

        ApiClient.Reply card = api.send("POST", "/api/orders/" + id + "/payments",
                "{\"method\":\"CARD\",\"amount\":{\"amountMinor\":1,\"currency\":\"EUR\"}}", tokenFor(Role.STAFF));
        assertEquals(400, card.status());
        assertEquals("method", card.get("field"));

        ApiClient.Reply refund = api.send("POST", "/api/payments/" + id + "/refunds", null, tokenFor(Role.ADMIN));
        assertEquals(201, refund.status());
        assertEquals(new RefundCommand(null, null), FakeFulfilment.lastInput());
        assertEquals(403, api.send("POST", "/api/payments/" + id + "/refunds", null, tokenFor(Role.CUSTOMER))
                .status());
    }

    @Test
    void theLedgerAndACardPaymentAreAnsweredToTheCustomer() {
        String token = tokenFor(Role.CUSTOMER);
        ApiClient.Reply ledger = api.send("GET", "/api/orders/" + id + "/payments", null, token);
        assertEquals("PARTIALLY_PAID", ledger.get("paymentStatus"));
        assertEquals(Map.of("amountMinor", 1299, "currency", "EUR"), ledger.get("balance"));

        ApiClient.Reply card = api.send("POST", "/api/orders/" + id + "/payment-intents", null, token);
        assertEquals(201, card.status());
        assertEquals("pi_123_secret_456", card.get("clientSecret"));
    }

    @Test
    void theStripeWebhookIsAnonymousAndReceivesTheBodyByteForByte() {
        String payload = "{\"id\":\"evt_1\",  \"type\":\"charge.refunded\",\n \"note\":\"caf\u00e9\"}";
        ApiClient.Reply reply = api.send(api.request("POST", "/api/payments/webhooks/stripe", payload)
                .header("Stripe-Signature", "t=1,v1=abc"));

        assertEquals(200, reply.status());
        assertEquals(List.of("stripe", payload, "t=1,v1=abc"), FakeFulfilment.lastInput());
    }

    @Test
    void aRefundOfLinesReachesTheCoreAndItsRefusalsAreProblems() {
        ApiClient.Reply refused = api.send("POST", "/api/orders/" + id + "/refunds",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":1}],\"reason\":\"chipped\"}", tokenFor(Role.STAFF));

        assertEquals(409, refused.status());
        assertEquals("REFUND_EXCEEDS_PAID", refused.get("code"));
        assertEquals(new RefundOrderCommand(null, List.of(new RefundOrderUseCase.Line(1, 1)), false, "chipped"),
                FakeFulfilment.lastInput());
        ApiClient.Reply bad = api.send("POST", "/api/orders/" + id + "/refunds",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":0}]}", tokenFor(Role.STAFF));
        assertEquals(400, bad.status());
        assertEquals("lines[0].quantity", bad.get("field"));
    }

    @Test
    void theStatusShortcutGoesThroughTheDeliveryRules() {
        ApiClient.Reply shipped = api.send("PATCH", "/api/orders/" + id + "/status", "{\"status\":\"shipped\"}",
                tokenFor(Role.STAFF));

        assertEquals(200, shipped.status());
        assertEquals(Shortcut.SHIPPED, FakeFulfilment.lastInput());
        api.send("PATCH", "/api/orders/" + id + "/status", "{\"status\":\"DELIVERED\"}", tokenFor(Role.SELLER));
        assertEquals(Shortcut.DELIVERED, FakeFulfilment.lastInput());
    }
}
