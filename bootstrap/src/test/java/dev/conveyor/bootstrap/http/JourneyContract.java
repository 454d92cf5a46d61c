package dev.conveyor.bootstrap.http;

import static dev.conveyor.bootstrap.http.HttpShop.PASSWORD;
import static dev.conveyor.bootstrap.http.HttpShop.orderBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What a client does over HTTP, from signup to a cancelled order, against the
 * whole application as shipped; each subclass runs it on one database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JourneyContract implements TestPropertyProvider {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    private Api api;
    private HttpShop shop;

    /** The properties of a server with a database of its own; called once per server started. */
    abstract Map<String, String> serverWithFreshDatabase();

    @Override
    public Map<String, String> getProperties() {
        return serverWithFreshDatabase();
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
    }

    @Test
    void aCustomerSignsUpFindsAProductOrdersItAndCancels() {
        Session seller = shop.user("SELLER");
        String word = "lamp" + UUID.randomUUID().toString().substring(0, 8);
        UUID lamp = api.post("/api/products").as(seller).json(HttpShop.productBody("Reading " + word, 2500, 5))
                .send().expect(201).id();
        shop.product(seller, 7);

        String email = HttpShop.newEmail("journey");
        Reply signup = shop.signUp(email).expect(201);
        assertEquals("CUSTOMER", signup.text("role"));
        assertEquals(email, signup.text("email"));
        assertFalse(signup.text().toLowerCase(Locale.ROOT).contains("hash"), signup::toString);

        Reply login = shop.logIn(email.toUpperCase(Locale.ROOT), PASSWORD).expect(200);
        assertEquals("Bearer", login.text("tokenType"));
        assertTrue(login.number("expiresIn") > 0 && login.number("expiresIn") <= 900, login::toString);
        Session customer = Session.of(login);

        Reply catalogue = api.get("/api/products").send().expect(200);
        assertTrue(catalogue.number("total") >= 2, catalogue::toString);
        Reply search = api.get("/api/products?q=" + word.toUpperCase(Locale.ROOT)).send().expect(200);
        assertEquals(1, search.number("total"), search::toString);
        assertEquals(lamp.toString(), search.text("items.0.id"));
        Reply product = api.get("/api/products/" + lamp).send().expect(200);
        assertEquals(2500, product.number("price.amountMinor"));
        assertEquals(5, product.number("stock.available"));

        String key = UUID.randomUUID().toString();
        Reply placed = api.post("/api/orders").as(customer).header("Idempotency-Key", key)
                .json(orderBody(lamp, 2)).send().expect(201);
        UUID orderId = placed.id();
        assertNull(placed.header("Idempotent-Replayed"), placed::toString);
        assertEquals("/api/orders/" + orderId, placed.header("Location"));
        assertEquals("PENDING", placed.text("status"));
        assertEquals(customer.userId().toString(), placed.text("customerId"));
        assertEquals(5000, placed.number("total.amountMinor"));
        assertEquals(2, placed.number("lines.0.quantity"));
        assertTrue(placed.text("number").matches("ORD-\\d{4}-\\d+"), placed::toString);

        Reply replay = api.post("/api/orders").as(customer).header("Idempotency-Key", key)
                .json(orderBody(lamp, 2)).send().expect(201);
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(orderId, replay.id());
        assertEquals(placed.text("number"), replay.text("number"));
        assertEquals(2, shop.productView(lamp).number("stock.reserved"), "the replay reserved nothing more");

        Reply fetched = api.get("/api/orders/" + orderId).as(customer).send().expect(200);
        assertEquals(placed.text("number"), fetched.text("number"));
        assertEquals(List.of("CANCELLED"), fetched.list("allowedTransitions"));

        Reply mine = api.get("/api/orders").as(customer).send().expect(200);
        assertEquals(1, mine.number("total"));
        assertEquals(List.of(orderId.toString()), mine.itemsText("id"));

        Reply cancelled = api.post("/api/orders/" + orderId + "/cancel").as(customer)
                .json(Map.of("reason", "changed my mind")).send().expect(200);
        assertEquals("CANCELLED", cancelled.text("status"));
        assertEquals("changed my mind", cancelled.text("cancellationReason"));
        assertNotNull(cancelled.text("cancelledAt"));
        Reply released = shop.productView(lamp);
        assertEquals(0, released.number("stock.reserved"));
        assertEquals(5, released.number("stock.available"));
        assertEquals(0, api.get("/api/orders?view=current").as(customer).send().expect(200).number("total"));
        assertEquals(1, api.get("/api/orders?view=history").as(customer).send().expect(200).number("total"));
    }

    @Test
    void aRefreshTokenRotatesAndItsReuseRevokesTheWholeLogin() {
        Session first = shop.customer();

        Session second = Session.of(shop.refresh(first.refreshToken()).expect(200));
        assertNotEquals(first.refreshToken(), second.refreshToken());
        assertEquals(first.userId(), second.userId());
        api.get("/api/users/me").as(second).send().expect(200);

        shop.refresh(first.refreshToken()).expectProblem(401, "UNAUTHENTICATED");
        shop.refresh(second.refreshToken()).expectProblem(401, "UNAUTHENTICATED");
        shop.logIn(first.email(), PASSWORD).expect(200);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        Session session = shop.customer();

        api.post("/api/auth/logout").json(Map.of("refreshToken", session.refreshToken())).send().expect(204);

        shop.refresh(session.refreshToken()).expectProblem(401, "UNAUTHENTICATED");
        api.post("/api/auth/logout").json(Map.of("refreshToken", session.refreshToken())).send().expect(204);
    }

    @Test
    void aUserChangesTheirProfileAndDeletesTheirAccount() {
        Session session = shop.customer();
        Reply me = api.get("/api/users/me").as(session).send().expect(200);
        assertEquals(session.email(), me.text("email"));
        assertEquals("CUSTOMER", me.text("role"));

        Map<String, Object> change = Map.of("name", "Grace Hopper", "phone", "+1 (202) 555-0143",
                "address", HttpShop.address());
        Reply changed = api.patch("/api/users/me").as(session).json(change).send().expect(200);
        assertEquals("Grace Hopper", changed.text("name"));
        assertEquals("+1 (202) 555-0143", changed.text("phone"));
        assertEquals("London", changed.text("address.city"));
        Reply reread = api.get("/api/users/me").as(session).send().expect(200);
        assertEquals("Grace Hopper", reread.text("name"));
        assertEquals("N1 9GU", reread.text("address.postalCode"));
        Reply partly = api.patch("/api/users/me").as(session).json(Map.of("name", "Grace B. Hopper")).send()
                .expect(200);
        assertEquals("+1 (202) 555-0143", partly.text("phone"), "absent fields stay as they are");

        api.delete("/api/users/me").as(session).send().expect(204);

        api.get("/api/users/me").as(session).send().expectProblem(401, "UNAUTHENTICATED");
        shop.logIn(session.email(), PASSWORD).expectProblem(401, "UNAUTHENTICATED");
        shop.refresh(session.refreshToken()).expectProblem(401, "UNAUTHENTICATED");
        shop.signUp(session.email()).expect(201);
    }

    @Test
    void aUserChangesTheirPasswordKnowingTheCurrentOneAndEverySessionIsSignedOut() {
        Session session = shop.customer();
        Session elsewhere = Session.of(shop.logIn(session.email(), PASSWORD).expect(200));
        String next = "a brand new pass phrase";

        api.post("/api/users/me/password").as(session).json(Map.of("currentPassword", "not the password",
                "password", next)).send().expectInvalid("currentPassword");
        api.post("/api/users/me/password").as(session).json(Map.of("currentPassword", PASSWORD,
                "password", "short")).send().expectInvalid("password");
        shop.logIn(session.email(), PASSWORD).expect(200);

        api.post("/api/users/me/password").as(session).json(Map.of("currentPassword", PASSWORD, "password", next))
                .send().expect(204);
        shop.logIn(session.email(), PASSWORD).expectProblem(401, "UNAUTHENTICATED");
        shop.logIn(session.email(), next).expect(200);
        shop.refresh(session.refreshToken()).expectProblem(401, "UNAUTHENTICATED");
        shop.refresh(elsewhere.refreshToken()).expectProblem(401, "UNAUTHENTICATED");
    }

    @Test
    void anAdministratorMakesAUserASellerWhoThenSellsAProduct() {
        Session admin = shop.admin();
        Session user = shop.customer();
        Reply found = api.get("/api/admin/users?q=" + user.email()).as(admin).send().expect(200);
        assertEquals(1, found.number("total"), found::toString);
        assertEquals("CUSTOMER", found.text("items.0.role"));

        Reply promoted = shop.changeRole(user.userId(), "SELLER").expect(200);
        assertEquals("SELLER", promoted.text("role"));
        assertTrue(api.get("/api/admin/users?role=SELLER&size=100").as(admin).send().expect(200)
                .itemsText("id").contains(user.userId().toString()));

        Session seller = Session.of(shop.refresh(user.refreshToken()).expect(200));
        assertEquals("SELLER", seller.role(), "a refreshed session carries the new role");
        Reply created = api.post("/api/products").as(seller)
                .json(HttpShop.productBody("Seller's first", 1200, 3)).send().expect(201);
        assertEquals(user.userId().toString(), created.text("sellerId"));
        assertEquals("/api/products/" + created.id(), created.header("Location"));
        Reply managed = api.get("/api/manage/products").as(seller).send().expect(200);
        assertEquals(List.of(created.id().toString()), managed.itemsText("id"));
    }

    @Test
    void theServerConfirmsAnOrderWhenItsCancellationWindowCloses() {
        Map<String, String> properties = TestServers.with(serverWithFreshDatabase(),
                "conveyor.orders.cancellation-window", "2s",
                "conveyor.orders.confirmation-job.interval", "200ms",
                "conveyor.orders.confirmation-job.initial-delay", "200ms");
        onAServerOfItsOwn(properties, client -> {
            HttpShop store = new HttpShop(client);
            UUID product = store.product(store.user("SELLER"), 3);
            Session customer = store.customer();
            Reply placed = store.placeOrder(customer, product, 1).expect(201);
            assertEquals("PENDING", placed.text("status"));

            Reply confirmed = awaitStatus(client, customer, placed.id(), "CONFIRMED", Duration.ofSeconds(10));

            Instant cancellableUntil = Instant.parse(confirmed.text("cancellableUntil"));
            assertFalse(Instant.parse(confirmed.text("confirmedAt")).isBefore(cancellableUntil), confirmed::toString);
            assertEquals(List.of(), confirmed.list("allowedTransitions"));
            client.post("/api/orders/" + placed.id() + "/cancel").as(customer).send()
                    .expectProblem(409, "CANCELLATION_WINDOW_CLOSED");
        });
    }

    /** Runs {@code test} against another server, started with {@code properties} and stopped afterwards. */
    private void onAServerOfItsOwn(Map<String, String> properties, Consumer<Api> test) {
        try (ApplicationContext context = ApplicationContext.run(Map.<String, Object>copyOf(properties), "test")) {
            EmbeddedServer other = context.getBean(EmbeddedServer.class).start();
            try {
                test.accept(new Api(other.getURL(), json));
            } finally {
                other.stop();
            }
        }
    }

    private static Reply awaitStatus(Api client, Session customer, UUID order, String status, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Reply last;
        do {
            last = client.get("/api/orders/" + order).as(customer).send().expect(200);
            if (status.equals(last.text("status"))) {
                return last;
            }
            sleep(Duration.ofMillis(100));
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("order " + order + " did not become " + status + " within " + timeout + ": " + last);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
