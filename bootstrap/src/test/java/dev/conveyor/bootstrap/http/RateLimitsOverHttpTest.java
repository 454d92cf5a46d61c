package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.rest.web.RateLimited;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Request limits per group and caller, over HTTP on PostgreSQL with the
 * in-process limiter: signups per address at their shipped default (25 in a
 * burst all passed), the other groups made small so that a test can use them
 * up, and login limits keyed so that a stranger cannot lock an owner out.
 * Client addresses come from X-Forwarded-For, trusted here as behind a proxy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitsOverHttpTest implements TestPropertyProvider {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject Router router;

    private Api api;
    private HttpShop shop;
    private Session seller;
    private UUID product;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = TestServers.with(TestServers.postgres(),
                "conveyor.http.trust-forwarded-for", "true",
                "conveyor.rate-limits.search.capacity", "3",
                "conveyor.rate-limits.cart.capacity", "3",
                "conveyor.rate-limits.orders.capacity", "2",
                "conveyor.rate-limits.payment-intents.capacity", "2",
                "conveyor.rate-limits.refresh.capacity", "3",
                "conveyor.rate-limits.writes.capacity", "3",
                "conveyor.security.login.attempts-per-account", "3",
                "conveyor.security.login.attempts-per-account-everywhere", "6");
        // the shipped signup limit, which the other HTTP tests raise
        properties.remove("conveyor.rate-limits.signup.capacity");
        return properties;
    }

    @BeforeAll
    void shop() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        seller = shop.user("SELLER");
        product = shop.product(seller, 1_000);
    }

    @Test
    void twentyFiveSignupsInABurstFromOneAddressDoNotAllPass() {
        long started = System.nanoTime();
        List<Reply> replies = java.util.stream.IntStream.range(0, 25).mapToObj(i -> api.post("/api/auth/signup")
                .header("X-Forwarded-For", "203.0.113.25")
                .json(Map.of("email", HttpShop.newEmail("burst"), "password", HttpShop.PASSWORD)).send()).toList();

        assertEquals(20, replies.stream().filter(reply -> reply.status() == 201).count(), replies::toString);
        Reply refused = replies.get(24).expectProblem(429, "TOO_MANY_REQUESTS");
        // twenty an hour: the next one three minutes after the burst began (hashing 25 passwords takes a
        // while on a loaded machine, and the bucket refills meanwhile)
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        long burst = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertTrue(retryAfter >= 180 - burst - 2 && retryAfter <= 180, () -> burst + " s burst: " + refused);
        api.post("/api/auth/signup").header("X-Forwarded-For", "203.0.113.26")
                .json(Map.of("email", HttpShop.newEmail("elsewhere"), "password", HttpShop.PASSWORD)).send()
                .expect(201);
    }

    @Test
    void theCatalogueIsLimitedPerAddressForVisitorsAndPerUserForUsers() {
        assertUsedUp(caller -> caller.apply(api.get("/api/products?q=mug")), "198.51.100.1", "198.51.100.2");
        assertUsedUp(caller -> caller.apply(api.get("/api/products/" + product)), "198.51.100.3", "198.51.100.4");
    }

    @Test
    void cartWritesAreLimitedPerUser() {
        Session customer = shop.customer();
        for (int i = 0; i < 3; i++) {
            addToCart(customer).expect(200);
        }
        Reply refused = addToCart(customer).expectProblem(429, "TOO_MANY_REQUESTS");

        assertRetryAfter(refused, 20);
        addToCart(shop.customer()).expect(200);
    }

    @Test
    void ordersAreLimitedPerUserWhicheverWayTheyArePlaced() {
        Session customer = shop.customer();
        shop.placeOrder(customer, product, 1).expect(201);
        addToCart(customer).expect(200);
        api.post("/api/cart/checkout").as(customer).json(Map.of("shippingAddress", HttpShop.address())).send()
                .expect(201);

        assertRetryAfter(shop.placeOrder(customer, product, 1).expectProblem(429, "TOO_MANY_REQUESTS"), 30);
        shop.placeOrder(shop.customer(), product, 1).expect(201);
    }

    @Test
    void paymentIntentsAreLimitedPerUser() {
        Session customer = shop.customer();
        UUID order = shop.order(customer, product);
        for (int i = 0; i < 2; i++) {
            // no card gateway is configured: refused by the core, but counted all the same
            assertTrue(paymentIntent(customer, order).status() != 429);
        }
        assertRetryAfter(paymentIntent(customer, order).expectProblem(429, "TOO_MANY_REQUESTS"), 30);
    }

    @Test
    void refreshesAreLimitedPerAddress() {
        for (int i = 0; i < 3; i++) {
            refresh("192.0.2.7").expectProblem(401, "UNAUTHENTICATED");
        }
        assertRetryAfter(refresh("192.0.2.7").expectProblem(429, "TOO_MANY_REQUESTS"), 20);
        refresh("192.0.2.8").expectProblem(401, "UNAUTHENTICATED");
    }

    @Test
    void everyOtherWriteIsLimitedPerUser() {
        Session customer = shop.customer();
        for (int i = 0; i < 3; i++) {
            api.patch("/api/users/me").as(customer).json(Map.of("name", "Name " + i)).send().expect(200);
        }
        Reply refused = api.patch("/api/users/me").as(customer).json(Map.of("name", "One too many")).send()
                .expectProblem(429, "TOO_MANY_REQUESTS");

        assertRetryAfter(refused, 20);
        assertEquals("Name 2", api.get("/api/users/me").as(customer).send().expect(200).text("name"),
                "a refused change changed nothing");
    }

    @Test
    void aStrangerWhoGuessesFromOneAddressDoesNotLockTheOwnerOut() {
        Session owner = shop.customer();
        for (int i = 0; i < 3; i++) {
            logIn(owner.email(), "wrong password " + i, "203.0.113.66").expectProblem(401, "UNAUTHENTICATED");
        }
        logIn(owner.email(), HttpShop.PASSWORD, "203.0.113.66").expectProblem(429, "TOO_MANY_REQUESTS");

        logIn(owner.email(), HttpShop.PASSWORD, "198.51.100.80").expect(200);
    }

    @Test
    void guessingSpreadOverManyAddressesStopsAtTheAccountsCeiling() {
        Session owner = shop.customer();
        // one attempt was the owner's own login; five guesses from five addresses make six
        for (int i = 1; i <= 5; i++) {
            logIn(owner.email(), "wrong password", "203.0.113." + (100 + i)).expectProblem(401, "UNAUTHENTICATED");
        }

        Reply refused = logIn(owner.email(), HttpShop.PASSWORD, "203.0.113.200")
                .expectProblem(429, "TOO_MANY_REQUESTS");
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1, refused::toString);
    }

    /** So that the OpenAPI document can name the 429 of each: every write says which group it counts in. */
    @Test
    void everyRouteThatChangesSomethingDeclaresItsGroup() {
        List<String> undeclared = router.uriRoutes()
                .filter(route -> CHANGES.contains(route.getHttpMethodName()))
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/"))
                .filter(route -> !route.getAnnotationMetadata().hasAnnotation(RateLimited.class)
                        && !route.getAnnotationMetadata().hasAnnotation(RateLimited.Exempt.class))
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .toList();
        assertEquals(List.of(), undeclared);
        assertTrue(router.uriRoutes().map(UriRouteInfo::getHttpMethodName).filter(CHANGES::contains).count() > 20);
    }

    /** The request from two addresses and as a signed-in user: each is counted apart. */
    private void assertUsedUp(Function<Function<Api.Call, Reply>, Reply> request, String address, String other) {
        for (int i = 0; i < 3; i++) {
            request.apply(call -> call.header("X-Forwarded-For", address).send()).expect(200);
        }
        assertRetryAfter(request.apply(call -> call.header("X-Forwarded-For", address).send())
                .expectProblem(429, "TOO_MANY_REQUESTS"), 20);
        request.apply(call -> call.header("X-Forwarded-For", other).send()).expect(200);
        Session user = shop.customer();
        request.apply(call -> call.header("X-Forwarded-For", address).as(user).send()).expect(200);
    }

    /** @param atMost seconds: the period over the capacity */
    private static void assertRetryAfter(Reply refused, long atMost) {
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= atMost, refused::toString);
    }

    private Reply addToCart(Session customer) {
        return api.post("/api/cart/lines").as(customer).json(Map.of("productId", product.toString(), "quantity", 1))
                .send();
    }

    private Reply paymentIntent(Session customer, UUID order) {
        return api.post("/api/orders/" + order + "/payment-intents").as(customer).send();
    }

    private Reply refresh(String address) {
        return api.post("/api/auth/refresh").header("X-Forwarded-For", address)
                .json(Map.of("refreshToken", "not-a-token-" + UUID.randomUUID())).send();
    }

    private Reply logIn(String email, String password, String address) {
        return api.post("/api/auth/login").header("X-Forwarded-For", address)
                .json(Map.of("email", email, "password", password)).send();
    }
}
