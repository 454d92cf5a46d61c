package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Live events on a real server over WebSocket and SSE: scoping per caller,
 * resume from a position exactly once and in order, and the refusals.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveUpdatesOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;

    @Override
    public Map<String, String> getProperties() {
        // the server runs on localhost, where Micronaut refuses every foreign origin (drive-by-localhost
        // protection) before this application's own origin check could be seen at work
        return TestServers.with(TestServers.postgres(), "conveyor.http.allowed-origins", "https://shop.test",
                "micronaut.server.cors.localhost-pass-through", "true");
    }

    @BeforeAll
    void setUp() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    @Test
    void aCustomerGetsTheEventsOfTheirOwnOrdersAndNeverAnotherCustomers() {
        Session customer = shop.customer();
        Session other = shop.customer();
        UUID product = shop.product(shop.user("SELLER"), 100);
        try (LiveClient live = LiveClient.as(server.getURL(), json, customer)) {
            live.subscribe(Map.of());
            UUID foreign = shop.order(other, product);
            UUID mine = shop.order(customer, product);
            // every event of the orders above is numbered before the marker's: whatever the socket got up to the
            // marker is everything it will ever get of them, so nothing is dropped unseen and nothing waited for
            UUID marker = shop.order(customer, product);

            List<Map<String, Object>> received = new ArrayList<>();
            Map<String, Object> next;
            do {
                next = live.next();
                received.add(next);
            } while (!("order:created".equals(next.get("type")) && marker.toString().equals(data(next).get("orderId"))));

            List<Map<String, Object>> events = received.stream().filter(m -> m.containsKey("position")).toList();
            for (Map<String, Object> event : events) {
                assertTrue(List.of(mine.toString(), marker.toString()).contains(data(event).get("orderId")),
                        () -> "leaked: " + event);
            }
            assertTrue(events.stream().anyMatch(m -> "order:created".equals(m.get("type"))
                    && mine.toString().equals(data(m).get("orderId"))), () -> "own order missing: " + received);
            assertFalse(received.toString().contains(foreign.toString()), received::toString);
        }
    }

    @Test
    void aSellerGetsOnlyTheirOwnLinesOfAnOrder() {
        Session seller = shop.user("SELLER");
        Session otherSeller = shop.user("SELLER");
        UUID mine = shop.product(seller, 100);
        UUID theirs = shop.product(otherSeller, 100);
        Session customer = shop.customer();
        try (LiveClient live = LiveClient.as(server.getURL(), json, seller)) {
            live.subscribe(Map.of());
            api.post("/api/orders").as(customer).json(Map.of("lines", List.of(
                    Map.of("productId", mine.toString(), "quantity", 1),
                    Map.of("productId", theirs.toString(), "quantity", 2)),
                    "shippingAddress", HttpShop.address())).send().expect(201);

            Map<String, Object> created = live.next(m -> "order:created".equals(m.get("type")));
            Map<?, ?> order = (Map<?, ?>) data(created).get("order");
            List<?> lines = (List<?>) order.get("lines");
            assertEquals(1, lines.size(), () -> "lines: " + lines);
            assertEquals(mine.toString(), ((Map<?, ?>) lines.get(0)).get("productId"));
            assertNull(order.get("totalMinor"), "the order's total would tell about the other seller's lines");
        }
    }

    @Test
    void aClientThatReconnectsWithItsLastPositionGetsExactlyTheMissedEventsOnceInOrder() {
        Session staff = shop.user("STAFF");
        Session customer = shop.customer();
        UUID product = shop.product(shop.user("SELLER"), 100);
        long last;
        try (LiveClient live = LiveClient.as(server.getURL(), json, staff)) {
            live.subscribe(Map.of());
            UUID first = shop.order(customer, product);
            Map<String, Object> created = live.next(m -> "order:created".equals(m.get("type"))
                    && first.toString().equals(data(m).get("orderId")));
            last = position(created);
        }
        List<UUID> missed = List.of(shop.order(customer, product), shop.order(customer, product));
        awaitLogged(staff, missed.get(1));
        List<Long> expected = positionsAfter(staff, last);
        assertTrue(expected.size() >= 4, "each order makes several events: " + expected);

        try (LiveClient live = LiveClient.as(server.getURL(), json, staff)) {
            List<Map<String, Object>> backlog = live.subscribe(Map.of("after", last));
            List<Long> positions = backlog.stream().map(LiveUpdatesOverHttpTest::position).toList();
            assertEquals(contiguous(last, positions.size()), positions, "in order, no gap, no duplicate");
            assertEquals(expected, positions.subList(0, expected.size()));
            for (UUID order : missed) {
                assertTrue(backlog.stream().anyMatch(m -> "order:created".equals(m.get("type"))
                        && order.toString().equals(data(m).get("orderId"))));
            }
            UUID later = shop.order(customer, product);
            Map<String, Object> live1 = live.next(m -> "order:created".equals(m.get("type")));
            assertEquals(later.toString(), data(live1).get("orderId"));
            assertTrue(position(live1) > positions.get(positions.size() - 1));
        }
    }

    @Test
    void aClientFollowingOneOrderGetsOnlyThatOrdersEventsAndAnotherCustomersOrderIsNotFound() {
        Session customer = shop.customer();
        UUID product = shop.product(shop.user("SELLER"), 100);
        // placed first, so that its events come first in the log: one that leaked would arrive before the order's
        UUID other = shop.order(customer, product);
        UUID order = shop.order(customer, product);
        try (LiveClient live = LiveClient.as(server.getURL(), json, customer)) {
            List<Map<String, Object>> received = new ArrayList<>(
                    live.subscribe(Map.of("orderId", order.toString(), "after", 0)));
            // the relay may not have numbered the order's events yet: they then come live, after the backlog
            while (received.stream().noneMatch(m -> "order:created".equals(m.get("type")))) {
                Map<String, Object> next = live.next();
                if (String.valueOf(next.get("type")).contains(":")) {
                    received.add(next);
                }
            }
            assertTrue(received.stream().allMatch(m -> order.toString().equals(data(m).get("orderId"))),
                    received.toString());
            assertFalse(received.toString().contains(other.toString()), received.toString());
        }
        try (LiveClient stranger = LiveClient.as(server.getURL(), json, shop.customer())) {
            stranger.send(Map.of("type", "subscribe", "orderId", order.toString()));
            Map<String, Object> error = stranger.next();
            assertEquals("error", error.get("type"));
            assertEquals("ORDER_NOT_FOUND", error.get("code"));
        }
    }

    @Test
    void theTokenMayComeWithTheFirstMessage() {
        Session customer = shop.customer();
        try (LiveClient live = LiveClient.connect(server.getURL(), json, "", null)) {
            live.send(Map.of("type", "auth", "token", customer.accessToken()));
            assertEquals("authenticated", live.next().get("type"));
            live.send(Map.of("type", "ping"));
            assertEquals("pong", live.next().get("type"));
        }
    }

    @Test
    void anUnauthenticatedClientABadTokenAndAForeignOriginAreRefused() {
        try (LiveClient anonymous = LiveClient.connect(server.getURL(), json, "", null)) {
            anonymous.send(Map.of("type", "subscribe"));
            assertEquals(4401, anonymous.awaitClosed());
        }
        try (LiveClient forged = LiveClient.connect(server.getURL(), json, "?access_token=not-a-token", null)) {
            assertEquals(4401, forged.awaitClosed());
        }
        Session customer = shop.customer();
        try (LiveClient foreign = LiveClient.connect(server.getURL(), json,
                "?access_token=" + customer.accessToken(), "https://evil.test")) {
            assertEquals(4403, foreign.awaitClosed());
        }
        try (LiveClient allowed = LiveClient.connect(server.getURL(), json,
                "?access_token=" + customer.accessToken(), "https://shop.test")) {
            allowed.subscribe(Map.of());
        }
    }

    @Test
    void serverSentEventsResumeAfterLastEventId() throws Exception {
        Session staff = shop.user("STAFF");
        Session customer = shop.customer();
        UUID product = shop.product(shop.user("SELLER"), 100);
        awaitLogged(staff, shop.order(customer, product));
        long last = latestPosition(staff);
        UUID missed = shop.order(customer, product);
        awaitLogged(staff, missed);
        List<Long> expected = positionsAfter(staff, last);

        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/events/stream"))
                .header("Authorization", "Bearer " + staff.accessToken())
                .header("Last-Event-ID", Long.toString(last)).build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        List<Long> ids = new ArrayList<>();
        boolean sawMissedOrder = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("id:")) {
                    ids.add(Long.parseLong(line.substring(3).strip()));
                } else if (line.startsWith("data:") && line.contains("\"subscribed\"")) {
                    break;
                } else if (line.startsWith("data:") && line.contains(missed.toString())) {
                    sawMissedOrder = true;
                }
            }
        }
        assertEquals(contiguous(last, ids.size()), ids, "in order, no gap, no duplicate");
        assertEquals(expected, ids.subList(0, expected.size()));
        assertTrue(sawMissedOrder);
    }

    private static List<Long> contiguous(long after, int count) {
        return java.util.stream.LongStream.rangeClosed(after + 1, after + count).boxed().toList();
    }

    /** Waits until the relay numbered the order's creation. */
    private void awaitLogged(Session staff, UUID order) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(10);
        while (((Number) ((Map<?, ?>) api.get("/api/events?type=order:created&aggregate=" + order).as(staff).send()
                .expect(200).body()).get("total")).longValue() == 0) {
            assertTrue(java.time.Instant.now().isBefore(deadline), "order " + order + " never reached the log");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private long latestPosition(Session staff) {
        List<Long> all = positionsAfter(staff, 0);
        return all.isEmpty() ? 0 : all.get(all.size() - 1);
    }

    /** Every position after {@code after}, read from the event list (the log), waiting for the relay. */
    private List<Long> positionsAfter(Session staff, long after) {
        List<Long> positions = new ArrayList<>();
        int page = 0;
        while (true) {
            Reply reply = api.get("/api/events?size=100&after=" + after + "&page=" + page).as(staff).send()
                    .expect(200);
            List<?> items = (List<?>) ((Map<?, ?>) reply.body()).get("items");
            items.forEach(item -> positions.add(((Number) ((Map<?, ?>) item).get("position")).longValue()));
            if (items.size() < 100) {
                return positions;
            }
            page++;
        }
    }

    private static long position(Map<String, Object> message) {
        return ((Number) message.get("position")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(Map<String, Object> message) {
        return message.get("data") instanceof Map<?, ?> data ? (Map<String, Object>) data : Map.of();
    }
}
