package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.persistence.support.Jdbc;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Signed outbound webhooks against receivers on 127.0.0.1 (the only internal address this configuration
 * allows): a receiver failing three times then succeeding gets every event once, in order, validly signed;
 * a hanging receiver does not hold back the others; sustained failure disables an endpoint with a
 * {@code webhook:disabled} event; the SSRF guard refuses other internal targets; attempts are logged and a
 * delivery can be sent again.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksOverHttpTest implements TestPropertyProvider {

    private final WebhookReceiver flaky = WebhookReceiver.failingFirst(3);
    private final WebhookReceiver steady = WebhookReceiver.failingFirst(0);
    private final WebhookReceiver hanging = WebhookReceiver.hanging();
    private final WebhookReceiver broken = WebhookReceiver.alwaysFailing();

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "conveyor.webhooks.allowed-targets", "127.0.0.1",
                "conveyor.webhooks.interval", "50ms",
                "conveyor.webhooks.first-retry", "20ms",
                "conveyor.webhooks.max-retry", "100ms",
                "conveyor.webhooks.retry-for", "3s",
                // a hanging receiver holds its worker this long: far beyond the time the others need
                "conveyor.webhooks.timeout", "60s",
                "conveyor.consumers.interval", "50ms");
    }

    @AfterAll
    void stopReceivers() {
        List.of(flaky, steady, hanging, broken).forEach(WebhookReceiver::close);
    }

    @Test
    void endpointsGetSignedEventsInOrderDespiteFailuresAndHangsAndSustainedFailureDisables() throws Exception {
        Api api = new Api(server.getURL(), json);
        HttpShop shop = new HttpShop(api);
        Session admin = shop.admin();
        UUID product = shop.product(shop.user("SELLER"), 100);

        for (String target : List.of("http://10.1.2.3/hook", "http://169.254.169.254/latest/meta-data",
                "http://192.168.0.1/", "http://[::1]/hook", "http://[fd00::1]/", "http://100.64.0.1/",
                "ftp://127.0.0.1/hook", "http://0.0.0.0:8080/")) {
            api.post("/api/admin/webhooks").as(admin).json(Map.of("url", target)).send().expectInvalid("url");
        }
        api.post("/api/admin/webhooks").as(admin).json(Map.of("url", steady.url(), "eventTypes", List.of("Order")))
                .send().expectInvalid("eventTypes[0]");

        UUID flakyId = register(api, admin, flaky, List.of("order:created"));
        register(api, admin, steady, List.of());
        register(api, admin, hanging, List.of());
        UUID brokenId = register(api, admin, broken, List.of("order:created"));

        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            orders.add(shop.order(shop.customer(), product).toString());
        }

        await(() -> flaky.received().size() >= 3 && createdOrders(steady).containsAll(orders),
                () -> "the flaky and the steady receiver got their events while another hangs; flaky: "
                        + flaky.requests() + " requests, steady: " + steady.requests() + ", consumers: "
                        + api.get("/api/admin/consumers").as(admin).send().text() + ", flaky's attempts: "
                        + api.get("/api/admin/webhooks/" + flakyId + "/attempts").as(admin).send().text());
        assertTrue(hanging.requests() >= 1, "the hanging receiver holds a request");
        List<WebhookReceiver.Received> got = flaky.received();
        assertEquals(3, got.size(), "each event once: " + got);
        assertEquals(orders, got.stream().map(this::orderId).toList(), "in position order");
        assertTrue(got.stream().allMatch(WebhookReceiver.Received::signatureValid), "validly signed: " + got);
        assertTrue(got.stream().allMatch(received -> received.eventType().equals("order:created")));
        assertTrue(got.stream().allMatch(received -> received.eventId().equals(received.idempotencyKey())
                && received.eventId().equals(message(received).get("id"))), "the event id is the dedupe key: " + got);
        List<Long> positions = got.stream().map(received -> ((Number) message(received).get("position"))
                .longValue()).toList();
        assertTrue(positions.get(0) < positions.get(1) && positions.get(1) < positions.get(2), positions::toString);
        assertTrue(steady.received().stream().allMatch(WebhookReceiver.Received::signatureValid));

        // the receiver keeps a request before it answers, and the attempt is logged once the answer is in
        await(() -> api.get("/api/admin/webhooks/" + flakyId + "/attempts").as(admin).send().expect(200)
                .number("total") == 6, "the last attempt is logged");
        Reply attempts = api.get("/api/admin/webhooks/" + flakyId + "/attempts?size=100").as(admin).send().expect(200);
        assertEquals(6, attempts.number("total"), "three failures, three successes: " + attempts);
        List<String> statuses = attempts.itemsText("statusCode");
        assertEquals(3, statuses.stream().filter("500"::equals).count());
        assertEquals(3, statuses.stream().filter("200"::equals).count());
        assertTrue(attempts.itemsText("responseExcerpt").containsAll(List.of("nope", "thanks")));

        await(() -> !Boolean.TRUE.equals(webhook(api, admin, brokenId).get("active")),
                "sustained failure disables the endpoint");
        assertTrue(String.valueOf(webhook(api, admin, brokenId).get("disabledReason")).contains("HTTP 500"));
        await(() -> api.get("/api/events?type=webhook:disabled").as(admin).send().expect(200).number("total") == 1,
                "the disabling is an event");
        Reply enabled = api.patch("/api/admin/webhooks/" + brokenId).as(admin).json(Map.of("active", true)).send()
                .expect(200);
        assertEquals(Boolean.TRUE, enabled.at("active"));
        assertEquals(null, enabled.at("disabledReason"));

        String delivered = attempts.list("items").stream().map(item -> (Map<?, ?>) item)
                .filter(item -> Integer.valueOf(200).equals(item.get("statusCode")))
                .map(item -> String.valueOf(item.get("deliveryId"))).findFirst().orElseThrow();
        api.post("/api/admin/webhooks/" + flakyId + "/deliveries/" + delivered + "/redeliver").as(admin).send()
                .expect(204);
        await(() -> flaky.received().size() == 4, "sent again");
        assertTrue(flaky.received().get(3).signatureValid());
        assertTrue(got.stream().anyMatch(first -> first.idempotencyKey().equals(flaky.received().get(3)
                .idempotencyKey())), "a redelivery carries the event's key again");
        api.post("/api/admin/webhooks/" + flakyId + "/deliveries/" + UUID.randomUUID() + "/redeliver").as(admin)
                .send().expectProblem(404, "DELIVERY_NOT_FOUND");
        api.get("/api/admin/webhooks/" + UUID.randomUUID() + "/attempts").as(admin).send()
                .expectProblem(404, "WEBHOOK_NOT_FOUND");
        assertEquals(4, ((List<?>) api.get("/api/admin/webhooks").as(admin).send().expect(200).body()).size());

        List<String> stored = server.getApplicationContext().getBean(Jdbc.class).list(
                "SELECT secret FROM webhook_endpoint", statement -> { }, row -> row.getString(1));
        assertEquals(4, stored.size());
        assertTrue(stored.stream().allMatch(secret -> secret.startsWith("aesgcm:v1:") && !secret.contains("whsec_")),
                "secrets are encrypted at rest: " + stored);
    }

    private UUID register(Api api, Session admin, WebhookReceiver receiver, List<String> types) {
        Reply reply = api.post("/api/admin/webhooks").as(admin)
                .json(Map.of("url", receiver.url(), "eventTypes", types)).send().expect(201);
        String secret = reply.text("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        receiver.secret(secret);
        return reply.id("webhook.id");
    }

    private Map<?, ?> webhook(Api api, Session admin, UUID id) {
        return ((List<?>) api.get("/api/admin/webhooks").as(admin).send().expect(200).body()).stream()
                .map(item -> (Map<?, ?>) item).filter(item -> id.toString().equals(item.get("id"))).findFirst()
                .orElseThrow();
    }

    private List<String> createdOrders(WebhookReceiver receiver) {
        return receiver.received().stream().filter(received -> received.eventType().equals("order:created"))
                .map(this::orderId).toList();
    }

    private String orderId(WebhookReceiver.Received received) {
        return String.valueOf(((Map<?, ?>) message(received).get("data")).get("orderId"));
    }

    private Map<?, ?> message(WebhookReceiver.Received received) {
        try {
            return json.readValue(received.body(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        await(condition, () -> what);
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, () -> "never happened: " + what.get());
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
