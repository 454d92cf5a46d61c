package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sessions end at once, on PostgreSQL: an access token stops working the
 * moment its user logs out, is demoted or deletes their account (401, not
 * "until it expires"), and the user's WebSocket and SSE streams close then
 * (4401, or an error event {@code session-ended}); live connections also close
 * when their token expires, unless the client gave the socket a fresh token.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsOverHttpTest implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.postgres();
    }

    @BeforeAll
    void setUp() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    @Test
    void aDemotedStaffMemberLosesTheBackOfficeAtOnce() {
        Session staff = shop.user("STAFF");
        api.get("/api/admin/orders").as(staff).send().expect(200);

        shop.changeRole(staff.userId(), "CUSTOMER").expect(200);

        api.get("/api/admin/orders").as(staff).send().expectProblem(401, "UNAUTHENTICATED");
        api.get("/api/users/me").as(staff).send().expectProblem(401, "UNAUTHENTICATED");
        // signing in again gives a token of the new role
        Session again = Session.of(shop.logIn(staff.email(), HttpShop.PASSWORD).expect(200));
        assertEquals("CUSTOMER", again.role());
        api.get("/api/admin/orders").as(again).send().expectProblem(403, "FORBIDDEN");
    }

    @Test
    void logoutEndsTheAccessTokenNotOnlyTheRefreshToken() {
        Session customer = shop.customer();
        api.get("/api/users/me").as(customer).send().expect(200);

        api.post("/api/auth/logout").as(customer).json(Map.of("refreshToken", customer.refreshToken())).send()
                .expect(204);

        api.get("/api/users/me").as(customer).send().expectProblem(401, "UNAUTHENTICATED");
        shop.refresh(customer.refreshToken()).expectProblem(401, "UNAUTHENTICATED");
        Session again = Session.of(shop.logIn(customer.email(), HttpShop.PASSWORD).expect(200));
        api.get("/api/users/me").as(again).send().expect(200);
    }

    @Test
    void aDeletedUserCanNoLongerWriteTheirCart() {
        Session customer = shop.customer();
        UUID product = shop.product(shop.user("SELLER"), 100);
        api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", 1))
                .send().expect(200);

        api.delete("/api/users/me").as(customer).send().expect(204);

        api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", 1))
                .send().expectProblem(401, "UNAUTHENTICATED");
    }

    @Test
    void aDemotedStaffMembersSocketAndStreamCloseAtOnce() {
        Session staff = shop.user("STAFF");
        try (LiveClient live = LiveClient.as(server.getURL(), json, staff);
             SseStream stream = SseStream.open(server.getURL(), staff.accessToken())) {
            live.subscribe(Map.of());
            assertNotNull(stream.dataOf("subscribed"));

            shop.changeRole(staff.userId(), "CUSTOMER").expect(200);

            assertEquals(4401, live.awaitClosed());
            assertTrue(stream.dataOf("error").contains("\"session-ended\""));
            stream.awaitEnd();
        }
    }

    @Test
    void logoutClosesTheUsersSocketAndStream() {
        Session customer = shop.customer();
        try (LiveClient live = LiveClient.as(server.getURL(), json, customer);
             SseStream stream = SseStream.open(server.getURL(), customer.accessToken())) {
            live.subscribe(Map.of());
            assertNotNull(stream.dataOf("subscribed"));

            api.post("/api/auth/logout").json(Map.of("refreshToken", customer.refreshToken())).send().expect(204);

            assertEquals(4401, live.awaitClosed());
            assertTrue(stream.dataOf("error").contains("\"session-ended\""));
            stream.awaitEnd();
        }
    }

    @Test
    void deletingTheAccountClosesItsSocketAndStream() {
        Session customer = shop.customer();
        try (LiveClient live = LiveClient.as(server.getURL(), json, customer);
             SseStream stream = SseStream.open(server.getURL(), customer.accessToken())) {
            live.subscribe(Map.of());
            assertNotNull(stream.dataOf("subscribed"));

            api.delete("/api/users/me").as(customer).send().expect(204);

            assertEquals(4401, live.awaitClosed());
            assertTrue(stream.dataOf("error").contains("\"session-ended\""));
            stream.awaitEnd();
        }
    }

    @Test
    void anotherUsersSessionEndingLeavesAConnectionOpen() {
        Session customer = shop.customer();
        Session other = shop.customer();
        try (LiveClient live = LiveClient.as(server.getURL(), json, customer)) {
            live.subscribe(Map.of());
            api.post("/api/auth/logout").json(Map.of("refreshToken", other.refreshToken())).send().expect(204);
            // a ping answered after the logout was handled proves the socket outlived it
            live.send(Map.of("type", "ping"));
            assertEquals("pong", live.next(m -> !"heartbeat".equals(m.get("type"))).get("type"));
        }
    }

    /**
     * Tokens of a few seconds: a socket and a stream end at their token's expiry; a socket that got a fresh
     * token of the same user in time lives on to the fresh token's expiry, and a token of someone else is refused.
     */
    @Test
    void liveConnectionsEndWithTheirTokenUnlessTheSocketGetsAFreshOne() {
        Map<String, Object> properties = new HashMap<>(TestServers.with(TestServers.postgres(),
                "conveyor.security.access-token-lifetime", "6s"));
        try (EmbeddedServer shortLived = ApplicationContext.run(EmbeddedServer.class, properties)) {
            Api onShort = new Api(shortLived.getURL(), json);
            HttpShop shortShop = new HttpShop(onShort);
            Session customer = shortShop.customer();
            Instant firstExpiry = expiryOf(customer.accessToken());

            try (LiveClient expiring = LiveClient.as(shortLived.getURL(), json, customer);
                 LiveClient renewed = LiveClient.as(shortLived.getURL(), json, customer);
                 SseStream stream = SseStream.open(shortLived.getURL(), customer.accessToken())) {
                expiring.subscribe(Map.of());
                renewed.subscribe(Map.of());
                // token times are whole seconds: the fresh token is issued two seconds later at least, so that it
                // outlives the first one by a second in which the socket must still answer
                Instant firstIssued = firstExpiry.minusSeconds(6);
                while (Instant.now().getEpochSecond() <= firstIssued.getEpochSecond() + 1) {
                    pause();
                }
                Session fresh = Session.of(shortShop.logIn(customer.email(), HttpShop.PASSWORD).expect(200));
                assertTrue(!expiryOf(fresh.accessToken()).isBefore(firstExpiry.plusSeconds(2)));
                renewed.send(Map.of("type", "auth", "token", fresh.accessToken()));
                Map<String, Object> authenticated = renewed.next(m -> "authenticated".equals(m.get("type")));
                assertNotNull(authenticated.get("expiresAt"));

                assertEquals(4401, expiring.awaitClosed());
                assertTrue(stream.dataOf("error").contains("\"token-expired\""));
                stream.awaitEnd();
                assertTrue(!Instant.now().isBefore(firstExpiry), "closed at the expiry, not before");

                while (Instant.now().isBefore(firstExpiry.plusSeconds(1))) {
                    renewed.send(Map.of("type", "ping"));
                    assertEquals("pong", renewed.next(m -> !"heartbeat".equals(m.get("type"))).get("type"));
                }
                assertEquals(4401, renewed.awaitClosed(), "closed at the fresh token's expiry");
            }

            Session stranger = shortShop.customer();
            Session again = Session.of(shortShop.logIn(customer.email(), HttpShop.PASSWORD).expect(200));
            try (LiveClient live = LiveClient.as(shortLived.getURL(), json, again)) {
                live.send(Map.of("type", "auth", "token", stranger.accessToken()));
                assertEquals(4401, live.awaitClosed(), "a fresh token must name the same user");
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Instant expiryOf(String accessToken) {
        try {
            Map<String, Object> claims = json.readValue(java.util.Base64.getUrlDecoder()
                    .decode(accessToken.split("\\.")[1]), io.micronaut.core.type.Argument.mapOf(String.class,
                    Object.class));
            return Instant.ofEpochSecond(((Number) claims.get("exp")).longValue());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSocketIsRefusedATokenWhoseSessionEnded() {
        Session customer = shop.customer();
        api.post("/api/auth/logout").json(Map.of("refreshToken", customer.refreshToken())).send().expect(204);
        try (LiveClient live = LiveClient.as(server.getURL(), json, customer)) {
            assertEquals(4401, live.awaitClosed());
        }
        try (LiveClient live = LiveClient.connect(server.getURL(), json, "", null)) {
            live.send(Map.of("type", "auth", "token", customer.accessToken()));
            assertEquals(4401, live.awaitClosed());
        }
    }
}
