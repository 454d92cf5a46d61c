package dev.conveyor.bootstrap.http;

import static dev.conveyor.bootstrap.http.HttpShop.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route against every kind of caller, on real state: a product of the
 * seller, an order of the customer holding that product. Each cell is its own
 * test; a cell whose call changes something gets fresh state of its own.
 *
 * <p>One context on PostgreSQL, the production database: who may do what is
 * decided by the core and the security filter, the same on any database, so
 * one run on the database deployments use is enough (the journeys cover H2).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityMatrixTest implements TestPropertyProvider {

    /** Rows whose every cell needs a confirmed order of its own (a delivery, an invoice or a payment to act on). */
    private static final int FULFILMENT_ROWS = 6;

    /** Units of the order the return rows share: more than all their cells hold together. */
    private static final int RETURNABLE_UNITS = 60;

    /** Long enough for a customer to cancel an order placed a moment ago, short enough to await a confirmation. */
    private static final Duration WINDOW = Duration.ofSeconds(5);

    enum Caller { ANONYMOUS, CUSTOMER, OTHER_CUSTOMER, SELLER, OTHER_SELLER, STAFF, ADMIN }

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject Router router;

    private Api api;
    private HttpShop shop;
    private final Map<Caller, Session> callers = new EnumMap<>(Caller.class);
    private UUID product;
    private UUID hiddenProduct;
    private UUID order;
    private final List<UUID> ordersToConfirm = new ArrayList<>();
    /** Orders for the rows that deliver, invoice and pay: each cell takes its own, confirmed by then. */
    private final Deque<UUID> ordersToFulfil = new ConcurrentLinkedDeque<>();
    private UUID delivery;
    private UUID invoice;
    private UUID creditNote;
    private UUID sharedReturn;
    private UUID returnsOrder;
    private boolean returnsOrderReady;
    private UUID taxRate;
    private UUID shippingMethod;
    private UUID promotion;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.postgres(),
                "conveyor.orders.cancellation-window", WINDOW.toSeconds() + "s",
                "conveyor.orders.confirmation-job.interval", "200ms",
                // every cell logs in from 127.0.0.1; the per-address limit is not what this test is about
                "conveyor.security.login.attempts-per-address", "10000",
                // one customer places the orders of many rows within a minute; RateLimitsOverHttpTest tests limits
                "conveyor.rate-limits.orders.capacity", "100000");
    }

    @BeforeAll
    void buildTheShop() {
        api = new Api(server.getURL(), json);
        shop = new HttpShop(api);
        callers.put(Caller.CUSTOMER, shop.customer());
        callers.put(Caller.OTHER_CUSTOMER, shop.customer());
        callers.put(Caller.SELLER, shop.user("SELLER"));
        callers.put(Caller.OTHER_SELLER, shop.user("SELLER"));
        callers.put(Caller.STAFF, shop.user("STAFF"));
        callers.put(Caller.ADMIN, shop.admin());
        product = shop.product(callers.get(Caller.SELLER), 1_000);
        hiddenProduct = shop.product(callers.get(Caller.SELLER), 5);
        api.patch("/api/products/" + hiddenProduct).as(callers.get(Caller.SELLER)).json(Map.of("active", false))
                .send().expect(200);
        order = shop.order(callers.get(Caller.CUSTOMER), product);
        Session admin = callers.get(Caller.ADMIN);
        taxRate = api.post("/api/admin/tax-rates").as(admin).json(taxRateBody()).send().expect(201).id();
        shippingMethod = api.post("/api/admin/shipping-methods").as(admin).json(shippingMethodBody()).send()
                .expect(201).id();
        promotion = api.post("/api/admin/promotions").as(admin).json(promotionBody()).send().expect(201).id();
        // one order per caller of the status row, confirmed by the server while the other rows run
        for (int i = 0; i < Caller.values().length; i++) {
            ordersToConfirm.add(shop.order(callers.get(Caller.CUSTOMER), product));
        }
        for (int i = 0; i < FULFILMENT_ROWS * Caller.values().length + 2; i++) {
            ordersToFulfil.add(shop.order(callers.get(Caller.CUSTOMER), product));
        }
        // the return rows share one order of many units (one order per cell would exceed the orders limit)
        returnsOrder = shop.placeOrder(callers.get(Caller.CUSTOMER), product, RETURNABLE_UNITS).expect(201).id();
    }

    /**
     * @param request     builds the call for one caller, without credentials
     * @param freshCaller the call changes the caller's own account, so each cell gets a new user of that role
     * @param notFound    the code of this route's 404
     * @param expected    the status per caller, in the order of {@link Caller}
     */
    private record Row(String route, Function<Caller, Api.Call> request, boolean freshCaller,
                       String notFound, int... expected) {
    }

    private List<Row> rows() {
        Session customer = callers.get(Caller.CUSTOMER);
        return List.of(
                row("POST /api/auth/signup", c -> api.post("/api/auth/signup")
                        .json(Map.of("email", HttpShop.newEmail("signup"), "password", PASSWORD)),
                        201, 201, 201, 201, 201, 201, 201),
                row("POST /api/auth/login", c -> {
                    String email = HttpShop.newEmail("login");
                    shop.signUp(email).expect(201);
                    return api.post("/api/auth/login").json(Map.of("email", email, "password", PASSWORD));
                }, 200, 200, 200, 200, 200, 200, 200),
                row("POST /api/auth/refresh", c -> api.post("/api/auth/refresh")
                        .json(Map.of("refreshToken", shop.customer().refreshToken())),
                        200, 200, 200, 200, 200, 200, 200),
                row("POST /api/auth/logout", c -> api.post("/api/auth/logout")
                        .json(Map.of("refreshToken", shop.customer().refreshToken())),
                        204, 204, 204, 204, 204, 204, 204),
                row("GET /api/users/me", c -> api.get("/api/users/me"),
                        401, 200, 200, 200, 200, 200, 200),
                ownAccountRow("PATCH /api/users/me", c -> api.patch("/api/users/me")
                        .json(Map.of("name", "Renamed " + c)),
                        401, 200, 200, 200, 200, 200, 200),
                ownAccountRow("DELETE /api/users/me", c -> api.delete("/api/users/me"),
                        401, 204, 204, 204, 204, 204, 204),
                ownAccountRow("POST /api/users/me/password", c -> api.post("/api/users/me/password")
                        .json(Map.of("currentPassword", HttpShop.PASSWORD, "password", "a new pass phrase " + c)),
                        401, 204, 204, 204, 204, 204, 204),
                row("GET /api/users/me/addresses", c -> api.get("/api/users/me/addresses"),
                        401, 200, 200, 200, 200, 200, 200),
                row("POST /api/users/me/addresses", c -> api.post("/api/users/me/addresses")
                                .json(Map.of("address", HttpShop.address())),
                        401, 201, 201, 201, 201, 201, 201),
                addressRow("PUT /api/users/me/addresses/{id}", c -> api.put("/api/users/me/addresses/" + ownAddress(c))
                                .json(Map.of("address", HttpShop.address(), "default", true)),
                        401, 200, 200, 200, 200, 200, 200),
                // the customer's address, whoever asks: another user's address is not found, as none
                addressRow("PUT /api/users/me/addresses/{id} of another user", c -> api.put("/api/users/me/addresses/"
                                + ownAddress(Caller.CUSTOMER)).json(Map.of("address", HttpShop.address())),
                        401, 200, 404, 404, 404, 404, 404),
                addressRow("DELETE /api/users/me/addresses/{id}",
                        c -> api.delete("/api/users/me/addresses/" + ownAddress(c)),
                        401, 204, 204, 204, 204, 204, 204),
                row("GET /api/admin/customers", c -> api.get("/api/admin/customers?q=customer"),
                        401, 403, 403, 403, 403, 200, 200),
                row("GET /api/admin/customers/{id}", c -> api.get("/api/admin/customers/" + customer.userId()),
                        401, 403, 403, 403, 403, 200, 200),
                // staff notes are for staff: the customer they are about is refused like everyone else
                row("GET /api/admin/customers/{id}/notes",
                        c -> api.get("/api/admin/customers/" + customer.userId() + "/notes"),
                        401, 403, 403, 403, 403, 200, 200),
                row("POST /api/admin/customers/{id}/notes",
                        c -> api.post("/api/admin/customers/" + customer.userId() + "/notes")
                                .json(Map.of("body", "matrix note by " + c)),
                        401, 403, 403, 403, 403, 201, 201),
                row("GET /api/admin/users", c -> api.get("/api/admin/users"),
                        401, 403, 403, 403, 403, 403, 200),
                row("PATCH /api/admin/users/{id}/role", c -> {
                    UUID target = shop.signUp(HttpShop.newEmail("target")).expect(201).id();
                    return api.patch("/api/admin/users/" + target + "/role").json(Map.of("role", "STAFF"));
                }, 401, 403, 403, 403, 403, 403, 200),
                row("GET /api/products", c -> api.get("/api/products"),
                        200, 200, 200, 200, 200, 200, 200),
                row("GET /api/products/{id}", c -> api.get("/api/products/" + product),
                        200, 200, 200, 200, 200, 200, 200),
                productRow("GET /api/products/{id} of an inactive product",
                        c -> api.get("/api/products/" + hiddenProduct),
                        404, 404, 404, 200, 404, 200, 200),
                productRow("GET /api/products/{id} of no product",
                        c -> api.get("/api/products/" + UUID.randomUUID()),
                        404, 404, 404, 404, 404, 404, 404),
                row("GET /api/manage/products", c -> api.get("/api/manage/products"),
                        401, 403, 403, 200, 200, 200, 200),
                row("POST /api/products", c -> api.post("/api/products")
                        .json(HttpShop.productBody("Matrix product", 500, 1)),
                        401, 403, 403, 201, 201, 403, 201),
                productRow("PATCH /api/products/{id}", c -> api.patch("/api/products/" + product)
                        .json(Map.of("description", "changed by " + c)),
                        401, 403, 403, 200, 403, 403, 200),
                productRow("POST /api/products/{id}/stock-adjustments",
                        c -> api.post("/api/products/" + product + "/stock-adjustments")
                                .json(Map.of("kind", "RESTOCK", "quantity", 1, "reason", "matrix")),
                        401, 403, 403, 201, 403, 201, 201),
                productRow("GET /api/products/{id}/stock-adjustments",
                        c -> api.get("/api/products/" + product + "/stock-adjustments"),
                        401, 403, 403, 200, 403, 200, 200),
                productRow("GET /api/products/{id}/stock-adjustments of an inactive product",
                        c -> api.get("/api/products/" + hiddenProduct + "/stock-adjustments"),
                        401, 403, 403, 200, 404, 200, 200),
                productRow("DELETE /api/products/{id}",
                        c -> api.delete("/api/products/" + shop.product(callers.get(Caller.SELLER), 1)),
                        401, 403, 403, 200, 404, 403, 200),
                productRow("POST /api/products/{id}/images", c -> shop.imageUpload(product),
                        401, 403, 403, 201, 403, 403, 201),
                productRow("PUT /api/products/{id}/images/order",
                        c -> api.put("/api/products/" + shop.product(callers.get(Caller.SELLER), 1) + "/images/order")
                                .json(Map.of("imageIds", List.of())),
                        401, 403, 403, 200, 403, 403, 200),
                new Row("DELETE /api/products/{id}/images/{imageId}",
                        c -> api.delete("/api/products/" + product + "/images/" + UUID.randomUUID()), false,
                        "IMAGE_NOT_FOUND", 401, 403, 403, 404, 403, 403, 404),
                new Row("GET /api/media/{name}", c -> api.get("/api/media/" + "0".repeat(64) + "-200.jpg"), false,
                        "MEDIA_NOT_FOUND", 404, 404, 404, 404, 404, 404, 404),
                row("GET /api/categories", c -> api.get("/api/categories"),
                        200, 200, 200, 200, 200, 200, 200),
                row("POST /api/categories", c -> api.post("/api/categories")
                                .json(Map.of("name", "Matrix " + c + " " + UUID.randomUUID())),
                        401, 403, 403, 403, 403, 403, 201),
                row("PUT /api/categories/{id}", c -> api.put("/api/categories/" + newCategory())
                                .json(Map.of("name", "Renamed " + c + " " + UUID.randomUUID())),
                        401, 403, 403, 403, 403, 403, 200),
                row("DELETE /api/categories/{id}", c -> api.delete("/api/categories/" + newCategory()),
                        401, 403, 403, 403, 403, 403, 204),
                row("POST /api/checkout/quote", c -> api.post("/api/checkout/quote")
                                .json(HttpShop.orderBody(product, 1)),
                        401, 200, 200, 200, 200, 200, 200),
                productRow("PUT /api/products/{id}/pricing", c -> api.put("/api/products/" + product + "/pricing")
                                .json(Map.of("taxCategory", "standard", "weightGrams", 250)),
                        401, 403, 403, 200, 403, 403, 200),
                row("POST /api/orders", c -> api.post("/api/orders").json(HttpShop.orderBody(product, 1)),
                        401, 201, 201, 403, 403, 403, 403),
                row("GET /api/orders", c -> api.get("/api/orders"),
                        401, 200, 200, 200, 200, 200, 200),
                orderRow("GET /api/orders/{id}", c -> api.get("/api/orders/" + order),
                        401, 200, 404, 200, 404, 200, 200),
                orderRow("GET /api/orders/{id} of no order", c -> api.get("/api/orders/" + UUID.randomUUID()),
                        401, 404, 404, 404, 404, 404, 404),
                // the order's own customer and its seller are refused its staff notes
                orderRow("GET /api/orders/{id}/notes", c -> api.get("/api/orders/" + order + "/notes"),
                        401, 403, 403, 403, 403, 200, 200),
                orderRow("POST /api/orders/{id}/notes", c -> api.post("/api/orders/" + order + "/notes")
                                .json(Map.of("body", "matrix note by " + c)),
                        401, 403, 403, 403, 403, 201, 201),
                orderRow("POST /api/orders/{id}/cancel", c ->
                                api.post("/api/orders/" + shop.order(customer, product) + "/cancel")
                                        .json(Map.of("reason", "matrix")),
                        401, 200, 404, 403, 404, 200, 200),
                orderRow("POST /api/orders/{id}/cancel-lines", c ->
                                api.post("/api/orders/" + shop.order(customer, product) + "/cancel-lines")
                                        .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)))),
                        401, 403, 403, 200, 404, 200, 200),
                orderRow("POST /api/orders/{id}/edits", c -> orderEdit(customer),
                        401, 200, 404, 403, 404, 200, 200),
                orderRow("GET /api/orders/{id}/edits", c -> api.get("/api/orders/" + order + "/edits"),
                        401, 200, 404, 200, 404, 200, 200),
                orderRow("PATCH /api/orders/{id}/status", c ->
                                api.patch("/api/orders/" + confirmed(ordersToConfirm.get(c.ordinal())) + "/status")
                                        .json(Map.of("status", "PROCESSING")),
                        401, 403, 403, 200, 404, 200, 200),
                row("GET /api/cart", c -> api.get("/api/cart"),
                        401, 200, 200, 403, 403, 403, 403),
                productRow("POST /api/cart/lines", c -> api.post("/api/cart/lines")
                                .json(Map.of("productId", product.toString(), "quantity", 1)),
                        401, 200, 200, 403, 403, 403, 403),
                productRow("PATCH /api/cart/lines/{productId}", c -> inCart(c, api.patch("/api/cart/lines/" + product)
                                .json(Map.of("quantity", 2))),
                        401, 200, 200, 403, 403, 403, 403),
                productRow("DELETE /api/cart/lines/{productId}",
                        c -> inCart(c, api.delete("/api/cart/lines/" + product)),
                        401, 200, 200, 403, 403, 403, 403),
                row("DELETE /api/cart", c -> api.delete("/api/cart"),
                        401, 200, 200, 403, 403, 403, 403),
                row("POST /api/cart/checkout", c -> inCart(c, api.post("/api/cart/checkout")
                                .json(Map.of("shippingAddress", HttpShop.address()))),
                        401, 201, 201, 403, 403, 403, 403),
                orderRow("POST /api/orders/{id}/reorder", c -> api.post("/api/orders/" + order + "/reorder"),
                        401, 200, 404, 403, 403, 403, 403),
                row("GET /api/seller/orders", c -> api.get("/api/seller/orders"),
                        401, 403, 403, 200, 200, 403, 403),
                row("GET /api/seller/stats", c -> api.get("/api/seller/stats"),
                        401, 403, 403, 200, 200, 403, 403),
                row("GET /api/admin/orders", c -> api.get("/api/admin/orders?status=PENDING&sort=total,desc"),
                        401, 403, 403, 403, 403, 200, 200),
                row("GET /api/admin/orders/export", c -> api.get("/api/admin/orders/export?q=ord-"),
                        401, 403, 403, 403, 403, 200, 200),
                row("POST /api/admin/orders/export", c -> api.post("/api/admin/orders/export")
                                .json(Map.of("orderIds", List.of(order.toString()))),
                        401, 403, 403, 403, 403, 200, 200),
                // an order that does not exist: answered per order, nothing changes for the other rows
                row("POST /api/admin/orders/bulk", c -> api.post("/api/admin/orders/bulk")
                                .json(Map.of("action", "PROCESS", "orderIds", List.of(UUID.randomUUID().toString()))),
                        401, 403, 403, 403, 403, 200, 200),
                row("GET /api/admin/order-views", c -> api.get("/api/admin/order-views"),
                        401, 403, 403, 403, 403, 200, 200),
                row("POST /api/admin/order-views", c -> api.post("/api/admin/order-views")
                                .json(Map.of("name", "View " + UUID.randomUUID(), "filters", Map.of("status", "PENDING"))),
                        401, 403, 403, 403, 403, 201, 201),
                // staff and administrators delete a view of their own; the others a view that is no one's
                row("DELETE /api/admin/order-views/{id}", c -> api.delete("/api/admin/order-views/"
                                + (c == Caller.STAFF || c == Caller.ADMIN ? api.post("/api/admin/order-views")
                                .as(callers.get(c)).json(Map.of("name", "View " + UUID.randomUUID())).send().expect(201)
                                .id() : UUID.randomUUID())),
                        401, 403, 403, 403, 403, 204, 204),
                row("GET /api/admin/stats", c -> api.get("/api/admin/stats"),
                        401, 403, 403, 403, 403, 200, 200),
                row("GET /api/admin/deliveries/today", c -> api.get("/api/admin/deliveries/today"),
                        401, 403, 403, 403, 403, 200, 200),
                orderRow("GET /api/orders/{id}/deliveries", c -> api.get("/api/orders/" + order + "/deliveries"),
                        401, 200, 404, 200, 404, 200, 200),
                orderRow("GET /api/orders/{id}/remaining", c -> api.get("/api/orders/" + order + "/remaining"),
                        401, 200, 404, 200, 404, 200, 200),
                orderRow("GET /api/orders/{id}/progress", c -> api.get("/api/orders/" + order + "/progress"),
                        401, 200, 404, 200, 404, 200, 200),
                orderRow("GET /api/orders/{id}/invoices", c -> api.get("/api/orders/" + order + "/invoices"),
                        401, 200, 404, 403, 404, 200, 200),
                orderRow("GET /api/orders/{id}/payments", c -> api.get("/api/orders/" + order + "/payments"),
                        401, 200, 404, 403, 404, 200, 200),
                orderRow("POST /api/orders/{id}/payments", c -> api.post("/api/orders/" + order + "/payments")
                                .json(Map.of("method", "CASH", "amount", Map.of("amountMinor", 1, "currency", "EUR"))),
                        401, 403, 403, 403, 403, 201, 201),
                orderRow("POST /api/orders/{id}/deliveries", c -> api.post("/api/orders/" + confirmedOrder()
                                + "/deliveries").json(Map.of("carrier", "DHL")),
                        401, 403, 403, 201, 404, 201, 201),
                new Row("GET /api/deliveries/{id}", c -> api.get("/api/deliveries/" + delivery()),
                        false, "DELIVERY_NOT_FOUND", 401, 200, 404, 200, 404, 200, 200),
                new Row("PATCH /api/deliveries/{id}/status", c -> api.patch("/api/deliveries/" + freshDelivery()
                                + "/status").json(Map.of("status", "SHIPPED")),
                        false, "DELIVERY_NOT_FOUND", 401, 403, 403, 200, 404, 200, 200),
                new Row("POST /api/deliveries/{id}/invoice", c -> api.post("/api/deliveries/" + shippedDelivery()
                                + "/invoice"),
                        false, "DELIVERY_NOT_FOUND", 401, 403, 403, 403, 403, 201, 201),
                new Row("GET /api/invoices/{id}", c -> api.get("/api/invoices/" + invoice()),
                        false, "INVOICE_NOT_FOUND", 401, 200, 404, 403, 404, 200, 200),
                new Row("GET /api/invoices/{id}/pdf", c -> api.get("/api/invoices/" + invoice() + "/pdf"),
                        false, "INVOICE_NOT_FOUND", 401, 200, 404, 403, 404, 200, 200),
                new Row("POST /api/invoices/{id}/void", c -> api.post("/api/invoices/" + freshInvoice() + "/void"),
                        false, "INVOICE_NOT_FOUND", 401, 403, 403, 403, 403, 200, 200),
                orderRow("POST /api/orders/{id}/payment-intents while Stripe is disabled",
                        c -> api.post("/api/orders/" + order + "/payment-intents"),
                        401, 422, 404, 403, 404, 422, 422),
                new Row("POST /api/payments/{id}/refunds", c -> api.post("/api/payments/" + freshPayment()
                                + "/refunds").json(Map.of("reason", "matrix")),
                        false, "PAYMENT_NOT_FOUND", 401, 403, 403, 403, 403, 201, 201),
                orderRow("GET /api/orders/{id}/credit-notes", c -> api.get("/api/orders/" + order + "/credit-notes"),
                        401, 200, 404, 200, 404, 200, 200),
                orderRow("POST /api/orders/{id}/refunds", c -> api.post("/api/orders/" + paidOrder() + "/refunds")
                                .json(Map.of("amountMinor", 100, "reason", "matrix")),
                        401, 403, 403, 403, 403, 201, 201),
                new Row("GET /api/credit-notes/{id}", c -> api.get("/api/credit-notes/" + creditNote()),
                        false, "CREDIT_NOTE_NOT_FOUND", 401, 200, 404, 200, 404, 200, 200),
                new Row("GET /api/credit-notes/{id}/pdf", c -> api.get("/api/credit-notes/" + creditNote() + "/pdf"),
                        false, "CREDIT_NOTE_NOT_FOUND", 401, 200, 404, 200, 404, 200, 200),
                orderRow("POST /api/orders/{id}/returns", c -> api.post("/api/orders/" + returnableOrder() + "/returns")
                                .json(returnBody()),
                        401, 201, 404, 403, 404, 201, 201),
                orderRow("GET /api/orders/{id}/returns", c -> api.get("/api/orders/" + order + "/returns"),
                        401, 200, 404, 200, 404, 200, 200),
                row("GET /api/returns", c -> api.get("/api/returns?status=REQUESTED"),
                        401, 403, 403, 403, 403, 200, 200),
                new Row("GET /api/returns/{id}", c -> api.get("/api/returns/" + sharedReturn()),
                        false, "RETURN_NOT_FOUND", 401, 200, 404, 200, 404, 200, 200),
                new Row("GET /api/returns/{id} of no return", c -> api.get("/api/returns/" + UUID.randomUUID()),
                        false, "RETURN_NOT_FOUND", 401, 404, 404, 404, 404, 404, 404),
                new Row("POST /api/returns/{id}/approve", c -> api.post("/api/returns/" + freshReturn()
                                + "/approve"),
                        false, "RETURN_NOT_FOUND", 401, 403, 403, 403, 403, 200, 200),
                new Row("POST /api/returns/{id}/reject", c -> api.post("/api/returns/" + freshReturn()
                                + "/reject").json(Map.of("reason", "matrix")),
                        false, "RETURN_NOT_FOUND", 401, 403, 403, 403, 403, 200, 200),
                new Row("POST /api/returns/{id}/receive", c -> api.post("/api/returns/" + approvedReturn()
                                + "/receive").json(Map.of("lines", List.of(Map.of("lineNo", 1,
                                "disposition", "RESTOCK")))),
                        false, "RETURN_NOT_FOUND", 401, 403, 403, 403, 403, 200, 200),
                new Row("POST /api/returns/{id}/refund", c -> api.post("/api/returns/" + receivedReturn()
                                + "/refund").json(Map.of("shipping", false)),
                        false, "RETURN_NOT_FOUND", 401, 403, 403, 403, 403, 200, 200),
                new Row("POST /api/returns/{id}/cancel", c -> api.post("/api/returns/" + freshReturn()
                                + "/cancel"),
                        false, "RETURN_NOT_FOUND", 401, 200, 404, 403, 404, 200, 200),
                new Row("GET /api/credit-notes/{id} of no credit note",
                        c -> api.get("/api/credit-notes/" + UUID.randomUUID()),
                        false, "CREDIT_NOTE_NOT_FOUND", 401, 404, 404, 404, 404, 404, 404),
                new Row("GET /api/deliveries/{id} of no delivery", c -> api.get("/api/deliveries/" + UUID.randomUUID()),
                        false, "DELIVERY_NOT_FOUND", 401, 404, 404, 404, 404, 404, 404),
                new Row("GET /api/invoices/{id} of no invoice", c -> api.get("/api/invoices/" + UUID.randomUUID()),
                        false, "INVOICE_NOT_FOUND", 401, 404, 404, 404, 404, 404, 404),
                row("GET /api/payments/options", c -> api.get("/api/payments/options"),
                        200, 200, 200, 200, 200, 200, 200),
                row("POST /api/payments/webhooks/stripe while Stripe is disabled", c ->
                                api.post("/api/payments/webhooks/stripe").body("application/json", "{}"),
                        404, 404, 404, 404, 404, 404, 404),
                row("GET /api/events", c -> api.get("/api/events"),
                        401, 403, 403, 403, 403, 200, 200),
                row("GET /api/events/stats", c -> api.get("/api/events/stats"),
                        401, 403, 403, 403, 403, 200, 200),
                row("POST /api/events/replay", c -> api.post("/api/events/replay").json(Map.of("from", 1, "to", 2)),
                        401, 403, 403, 403, 403, 403, 200),
                row("GET /api/admin/consumers", c -> api.get("/api/admin/consumers"),
                        401, 403, 403, 403, 403, 403, 200),
                consumerRow("GET /api/admin/consumers/{name}/dead-letters",
                        c -> api.get("/api/admin/consumers/no-such-consumer/dead-letters"),
                        401, 403, 403, 403, 403, 403, 404),
                consumerRow("POST /api/admin/consumers/{name}/pause",
                        c -> api.post("/api/admin/consumers/no-such-consumer/pause"),
                        401, 403, 403, 403, 403, 403, 404),
                consumerRow("POST /api/admin/consumers/{name}/resume",
                        c -> api.post("/api/admin/consumers/no-such-consumer/resume"),
                        401, 403, 403, 403, 403, 403, 404),
                consumerRow("POST /api/admin/consumers/{name}/skip",
                        c -> api.post("/api/admin/consumers/no-such-consumer/skip"),
                        401, 403, 403, 403, 403, 403, 404),
                consumerRow("POST /api/admin/consumers/{name}/replay",
                        c -> api.post("/api/admin/consumers/no-such-consumer/replay").json(Map.of("from", 1)),
                        401, 403, 403, 403, 403, 403, 404),
                row("GET /api/admin/webhooks", c -> api.get("/api/admin/webhooks"),
                        401, 403, 403, 403, 403, 403, 200),
                row("POST /api/admin/webhooks", c -> api.post("/api/admin/webhooks")
                                .json(Map.of("url", "http://10.0.0.1/hook")),
                        401, 403, 403, 403, 403, 403, 400),
                webhookRow("PATCH /api/admin/webhooks/{id}", c -> api.patch("/api/admin/webhooks/" + UUID.randomUUID())
                                .json(Map.of("active", false)),
                        401, 403, 403, 403, 403, 403, 404),
                webhookRow("GET /api/admin/webhooks/{id}/attempts",
                        c -> api.get("/api/admin/webhooks/" + UUID.randomUUID() + "/attempts"),
                        401, 403, 403, 403, 403, 403, 404),
                webhookRow("POST /api/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver",
                        c -> api.post("/api/admin/webhooks/" + UUID.randomUUID() + "/deliveries/" + UUID.randomUUID()
                                + "/redeliver"),
                        401, 403, 403, 403, 403, 403, 404),
                row("GET /api/admin/mails", c -> api.get("/api/admin/mails?status=FAILED"),
                        401, 403, 403, 403, 403, 403, 200),
                new Row("POST /api/admin/mails/{id}/resend",
                        c -> api.post("/api/admin/mails/" + UUID.randomUUID() + "/resend"), false, "MAIL_NOT_FOUND",
                        401, 403, 403, 403, 403, 403, 404),
                row("GET /api/users/me/notifications", c -> api.get("/api/users/me/notifications"),
                        401, 200, 200, 200, 200, 200, 200),
                row("PUT /api/users/me/notifications", c -> api.put("/api/users/me/notifications")
                                .json(Map.of("optOut", List.of())),
                        401, 200, 200, 200, 200, 200, 200),
                row("GET /api/mail/unsubscribe with a token that is not ours",
                        c -> api.get("/api/mail/unsubscribe?token=forged.token"),
                        400, 400, 400, 400, 400, 400, 400),
                row("POST /api/mail/unsubscribe with a token that is not ours",
                        c -> api.post("/api/mail/unsubscribe?token=forged.token")
                                .body("application/x-www-form-urlencoded", "List-Unsubscribe=One-Click"),
                        400, 400, 400, 400, 400, 400, 400),
                row("GET /api/shipping-methods", c -> api.get("/api/shipping-methods?country=DE"),
                        401, 200, 200, 200, 200, 200, 200),
                row("GET /api/admin/shipping-methods", c -> api.get("/api/admin/shipping-methods"),
                        401, 403, 403, 403, 403, 200, 200),
                row("POST /api/admin/shipping-methods", c -> api.post("/api/admin/shipping-methods")
                                .json(shippingMethodBody()),
                        401, 403, 403, 403, 403, 403, 201),
                pricingRow("GET /api/admin/shipping-methods/{id}", "SHIPPING_METHOD_NOT_FOUND",
                        c -> api.get("/api/admin/shipping-methods/" + shippingMethod),
                        401, 403, 403, 403, 403, 200, 200),
                pricingRow("PUT /api/admin/shipping-methods/{id}", "SHIPPING_METHOD_NOT_FOUND",
                        c -> api.put("/api/admin/shipping-methods/" + shippingMethod).json(shippingMethodBody()),
                        401, 403, 403, 403, 403, 403, 200),
                pricingRow("POST /api/admin/shipping-methods/{id}/deactivate", "SHIPPING_METHOD_NOT_FOUND",
                        c -> api.post("/api/admin/shipping-methods/" + UUID.randomUUID() + "/deactivate"),
                        401, 403, 403, 403, 403, 403, 404),
                row("GET /api/admin/tax-categories", c -> api.get("/api/admin/tax-categories"),
                        401, 403, 403, 403, 403, 200, 200),
                row("POST /api/admin/tax-categories", c -> api.post("/api/admin/tax-categories").json(Map.of(
                        "code", "matrix-" + UUID.randomUUID().toString().substring(0, 8), "name", "Matrix")),
                        401, 403, 403, 403, 403, 403, 201),
                row("GET /api/admin/tax-rates", c -> api.get("/api/admin/tax-rates?country=DE"),
                        401, 403, 403, 403, 403, 200, 200),
                row("POST /api/admin/tax-rates", c -> api.post("/api/admin/tax-rates").json(taxRateBody()),
                        401, 403, 403, 403, 403, 403, 201),
                pricingRow("GET /api/admin/tax-rates/{id}", "TAX_RATE_NOT_FOUND",
                        c -> api.get("/api/admin/tax-rates/" + taxRate),
                        401, 403, 403, 403, 403, 200, 200),
                pricingRow("POST /api/admin/tax-rates/{id}/close", "TAX_RATE_NOT_FOUND",
                        c -> api.post("/api/admin/tax-rates/" + taxRate + "/close")
                                .json(Map.of("validUntil", "2999-01-01")),
                        401, 403, 403, 403, 403, 403, 200),
                row("GET /api/admin/promotions", c -> api.get("/api/admin/promotions"),
                        401, 403, 403, 403, 403, 200, 200),
                row("POST /api/admin/promotions", c -> api.post("/api/admin/promotions").json(promotionBody()),
                        401, 403, 403, 403, 403, 403, 201),
                pricingRow("GET /api/admin/promotions/{id}", "PROMOTION_NOT_FOUND",
                        c -> api.get("/api/admin/promotions/" + promotion),
                        401, 403, 403, 403, 403, 200, 200),
                pricingRow("PUT /api/admin/promotions/{id}", "PROMOTION_NOT_FOUND",
                        c -> api.put("/api/admin/promotions/" + UUID.randomUUID()).json(promotionBody()),
                        401, 403, 403, 403, 403, 403, 404),
                pricingRow("POST /api/admin/promotions/{id}/deactivate", "PROMOTION_NOT_FOUND",
                        c -> api.post("/api/admin/promotions/" + promotion + "/deactivate"),
                        401, 403, 403, 403, 403, 403, 200),
                row("GET /api/events/stream", c -> api.get("/api/events/stream").streaming(),
                        401, 200, 200, 200, 200, 200, 200),
                orderRow("GET /api/events/stream?orderId={id}",
                        c -> api.get("/api/events/stream?after=0&orderId=" + order).streaming(),
                        401, 200, 404, 200, 404, 200, 200),
                orderRow("GET /api/orders/{id}/timeline", c -> api.get("/api/orders/" + order + "/timeline"),
                        401, 200, 404, 200, 404, 200, 200),
                row("GET /healthz", c -> api.get("/healthz"),
                        200, 200, 200, 200, 200, 200, 200),
                row("GET /readyz", c -> api.get("/readyz"),
                        200, 200, 200, 200, 200, 200, 200),
                row("GET /health", c -> api.get("/health"),
                        401, 403, 403, 403, 403, 200, 200),
                row("GET /health/{} of liveness", c -> api.get("/health/liveness"),
                        401, 403, 403, 403, 403, 200, 200),
                row("GET /prometheus", c -> api.get("/prometheus"),
                        401, 403, 403, 403, 403, 200, 200),
                row("GET /info", c -> api.get("/info"),
                        401, 403, 403, 403, 403, 200, 200),
                row("GET /ws without an upgrade", c -> api.get("/ws"),
                        400, 400, 400, 400, 400, 400, 400));
    }

    private static Row row(String route, Function<Caller, Api.Call> request, int... expected) {
        return new Row(route, request, false, "NOT_FOUND", expected);
    }

    private static Row ownAccountRow(String route, Function<Caller, Api.Call> request, int... expected) {
        return new Row(route, request, true, "NOT_FOUND", expected);
    }

    private static Row productRow(String route, Function<Caller, Api.Call> request, int... expected) {
        return new Row(route, request, false, "PRODUCT_NOT_FOUND", expected);
    }

    /** No webhook has that id: an administrator passes security and gets its 404. */
    private static Row webhookRow(String route, Function<Caller, Api.Call> request, int... expected) {
        return new Row(route, request, false, "WEBHOOK_NOT_FOUND", expected);
    }

    /** The server runs no consumer of that name: an administrator passes security and gets its 404. */
    private static Row consumerRow(String route, Function<Caller, Api.Call> request, int... expected) {
        return new Row(route, request, false, "CONSUMER_NOT_FOUND", expected);
    }

    private static Row pricingRow(String route, String notFound, Function<Caller, Api.Call> request,
                                  int... expected) {
        return new Row(route, request, false, notFound, expected);
    }

    private static Map<String, Object> taxRateBody() {
        return Map.of("name", "VAT 19 %", "country", "DE", "taxCategory", "standard", "percent", 19,
                "validFrom", "2020-01-01");
    }

    private static Map<String, Object> shippingMethodBody() {
        return Map.of("name", "Parcel", "carrier", "DHL", "currency", "EUR", "countries", List.of("DE"),
                "rule", Map.of("kind", "FLAT", "amount", 490));
    }

    /** A coupon of its own each time (codes are unique). */
    private static Map<String, Object> promotionBody() {
        return Map.of("name", "Ten off", "code", "M" + UUID.randomUUID().toString().substring(0, 8),
                "discount", Map.of("kind", "PERCENTAGE", "percent", 10), "usageLimit", 100);
    }

    private static Row addressRow(String route, Function<Caller, Api.Call> request, int... expected) {
        return new Row(route, request, false, "ADDRESS_NOT_FOUND", expected);
    }

    /** A new address in the caller's book; for an anonymous caller an id that is no one's. */
    private UUID ownAddress(Caller caller) {
        return caller == Caller.ANONYMOUS ? UUID.randomUUID() : api.post("/api/users/me/addresses")
                .as(callers.get(caller)).json(Map.of("address", HttpShop.address())).send().expect(201).id();
    }

    private static Row orderRow(String route, Function<Caller, Api.Call> request, int... expected) {
        return new Row(route, request, false, "ORDER_NOT_FOUND", expected);
    }

    /** The call, after putting the product into the caller's cart if the caller has one. */
    private Api.Call inCart(Caller caller, Api.Call call) {
        if (caller == Caller.CUSTOMER || caller == Caller.OTHER_CUSTOMER) {
            api.post("/api/cart/lines").as(callers.get(caller))
                    .json(Map.of("productId", product.toString(), "quantity", 1)).send().expect(200);
        }
        return call;
    }

    /** A route added without a row would be reachable by callers no test has tried. */
    @Test
    void everyRouteTheServerExposesHasARow() {
        Set<String> covered = rows().stream().map(row -> ServerRoutes.key(row.route())).collect(Collectors.toSet());
        List<String> missing = ServerRoutes.of(router).stream().filter(route -> !covered.contains(route)).toList();
        assertTrue(missing.isEmpty(), "routes without a row in the security matrix: " + missing);
    }

    @TestFactory
    Stream<DynamicTest> everyRouteForEveryCaller() {
        return rows().stream().flatMap(row -> {
            assertEquals(Caller.values().length, row.expected().length, row.route() + ": one status per caller");
            return Arrays.stream(Caller.values()).map(caller -> {
                int expected = row.expected()[caller.ordinal()];
                return DynamicTest.dynamicTest(row.route() + " as " + caller + " -> " + expected,
                        () -> cell(row, caller, expected));
            });
        });
    }

    private void cell(Row row, Caller caller, int expected) {
        Session session = caller == Caller.ANONYMOUS ? null
                : row.freshCaller() ? freshUser(caller) : callers.get(caller);
        Api.Call call = row.request().apply(caller);
        Reply reply = (session == null ? call : call.as(session)).send();
        if (expected < 400) {
            reply.expect(expected);
            return;
        }
        reply.expectProblem(expected, switch (expected) {
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> row.notFound();
            case 400 -> "VALIDATION_FAILED";
            case 422 -> "CARD_PAYMENTS_DISABLED";
            default -> throw new IllegalArgumentException("no code known for " + expected);
        });
    }

    private Session freshUser(Caller caller) {
        return switch (caller) {
            case CUSTOMER, OTHER_CUSTOMER -> shop.customer();
            case SELLER, OTHER_SELLER -> shop.user("SELLER");
            case STAFF -> shop.user("STAFF");
            case ADMIN -> shop.user("ADMIN");
            case ANONYMOUS -> throw new IllegalArgumentException("an anonymous caller has no account");
        };
    }

    /** An empty category of its own for a cell that changes or deletes one. */
    private UUID newCategory() {
        return api.post("/api/categories").as(callers.get(Caller.ADMIN))
                .json(Map.of("name", "Matrix " + UUID.randomUUID())).send().expect(201).id();
    }

    /** An order of the customer that nothing else touches, confirmed by the server. */
    private UUID confirmedOrder() {
        UUID id = ordersToFulfil.poll();
        assertNotNull(id, "FULFILMENT_ROWS is too small for the rows that take an order each");
        return confirmed(id);
    }

    /** A pending delivery of all of a fresh order, made by staff. */
    private UUID freshDelivery() {
        return api.post("/api/orders/" + confirmedOrder() + "/deliveries").as(callers.get(Caller.STAFF))
                .json(Map.of()).send().expect(201).id();
    }

    /** A fresh delivery on its way: only what was shipped is invoiced. */
    private UUID shippedDelivery() {
        UUID id = freshDelivery();
        api.patch("/api/deliveries/" + id + "/status").as(callers.get(Caller.STAFF))
                .json(Map.of("status", "SHIPPED")).send().expect(200);
        return id;
    }

    /** The invoice of a fresh shipped delivery. */
    private UUID freshInvoice() {
        return api.post("/api/deliveries/" + shippedDelivery() + "/invoice").as(callers.get(Caller.STAFF)).send()
                .expect(201).id();
    }

    /** A cash payment on a fresh order. */
    private UUID freshPayment() {
        return api.post("/api/orders/" + confirmedOrder() + "/payments").as(callers.get(Caller.STAFF))
                .json(Map.of("method", "CASH", "amount", Map.of("amountMinor", 100, "currency", "EUR")))
                .send().expect(201).id();
    }

    /** A fresh order paid in full in cash. */
    /** An edit of a fresh pending order of the customer, with the ETag it has (an edit requires it). */
    private Api.Call orderEdit(Session customer) {
        UUID fresh = shop.order(customer, product);
        String etag = api.get("/api/orders/" + fresh).as(customer).send().expect(200).header("ETag");
        return api.post("/api/orders/" + fresh + "/edits").header("If-Match", etag)
                .json(Map.of("changes", List.of(Map.of("type", "SET_QUANTITY", "lineNo", 1, "quantity", 2))));
    }

    private UUID paidOrder() {
        UUID id = confirmedOrder();
        Session staff = callers.get(Caller.STAFF);
        long total = api.get("/api/orders/" + id).as(staff).send().expect(200).number("total.amountMinor");
        api.post("/api/orders/" + id + "/payments").as(staff)
                .json(Map.of("method", "CASH", "amount", Map.of("amountMinor", total, "currency", "EUR")))
                .send().expect(201);
        return id;
    }

    /** One credit note (giving back the seller's line of a paid order) that the read-only rows share. */
    private synchronized UUID creditNote() {
        if (creditNote == null) {
            creditNote = api.post("/api/orders/" + paidOrder() + "/refunds").as(callers.get(Caller.STAFF))
                    .json(Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1)))).send().expect(201).id("creditNote.id");
        }
        return creditNote;
    }

    /** The order the return rows share, once confirmed, paid in full and delivered. */
    private synchronized UUID returnableOrder() {
        if (!returnsOrderReady) {
            Session staff = callers.get(Caller.STAFF);
            confirmed(returnsOrder);
            long total = api.get("/api/orders/" + returnsOrder).as(staff).send().expect(200)
                    .number("total.amountMinor");
            api.post("/api/orders/" + returnsOrder + "/payments").as(staff)
                    .json(Map.of("method", "CASH", "amount", Map.of("amountMinor", total, "currency", "EUR")))
                    .send().expect(201);
            UUID id = api.post("/api/orders/" + returnsOrder + "/deliveries").as(staff).json(Map.of()).send()
                    .expect(201).id();
            api.patch("/api/deliveries/" + id + "/status").as(staff).json(Map.of("status", "SHIPPED")).send()
                    .expect(200);
            api.patch("/api/deliveries/" + id + "/status").as(staff).json(Map.of("status", "DELIVERED")).send()
                    .expect(200);
            returnsOrderReady = true;
        }
        return returnsOrder;
    }

    private static Map<String, Object> returnBody() {
        return Map.of("lines", List.of(Map.of("lineNo", 1, "quantity", 1, "reason", "matrix")));
    }

    /** A requested return of one unit of the shared order, opened by its customer. */
    private UUID freshReturn() {
        return api.post("/api/orders/" + returnableOrder() + "/returns").as(callers.get(Caller.CUSTOMER))
                .json(returnBody()).send().expect(201).id();
    }

    private UUID approvedReturn() {
        UUID id = freshReturn();
        api.post("/api/returns/" + id + "/approve").as(callers.get(Caller.STAFF)).send().expect(200);
        return id;
    }

    /** A received (written-off) return of the shared paid order, ready to be refunded. */
    private UUID receivedReturn() {
        UUID id = approvedReturn();
        api.post("/api/returns/" + id + "/receive").as(callers.get(Caller.STAFF))
                .json(Map.of("lines", List.of(Map.of("lineNo", 1, "disposition", "WRITE_OFF")))).send().expect(200);
        return id;
    }

    /** One requested return that the read-only rows share. */
    private synchronized UUID sharedReturn() {
        if (sharedReturn == null) {
            sharedReturn = freshReturn();
        }
        return sharedReturn;
    }

    /** One shipped delivery that the read-only rows share. */
    private synchronized UUID delivery() {
        if (delivery == null) {
            delivery = shippedDelivery();
        }
        return delivery;
    }

    /** One invoice (of the shared delivery) that the read-only rows share. */
    private synchronized UUID invoice() {
        if (invoice == null) {
            invoice = api.post("/api/deliveries/" + delivery() + "/invoice").as(callers.get(Caller.STAFF)).send()
                    .expect(201).id();
        }
        return invoice;
    }

    /** The order, once the server confirmed it (its cancellation window is short in this context). */
    private UUID confirmed(UUID id) {
        Instant deadline = Instant.now().plus(WINDOW.multipliedBy(3));
        while (!"CONFIRMED".equals(api.get("/api/orders/" + id).as(callers.get(Caller.ADMIN)).send().expect(200)
                .text("status"))) {
            assertTrue(Instant.now().isBefore(deadline), "order " + id + " was not confirmed in time");
            pause();
        }
        return id;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- tokens that must not authenticate ---------------------------------------------------------

    @Test
    void aTokenSignedByHandWithTheServersSecretIsAcceptedWhileItIsValid() {
        Session customer = callers.get(Caller.CUSTOMER);
        String token = sign(TestServers.JWT_SECRET, customer.userId(), "CUSTOMER", Instant.now().plusSeconds(300));

        Reply me = api.get("/api/users/me").bearer(token).send().expect(200);
        assertEquals(customer.userId(), me.id());
    }

    @Test
    void anExpiredTokenIs401() {
        String expired = sign(TestServers.JWT_SECRET, callers.get(Caller.CUSTOMER).userId(), "CUSTOMER",
                Instant.now().minusSeconds(60));

        assertRefused(expired);
    }

    @Test
    void aSignedTokenWithoutExpiryIs401() {
        Session customer = callers.get(Caller.CUSTOMER);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(customer.userId().toString())
                .claim("roles", List.of("CUSTOMER")).issueTime(new Date()).build();

        assertRefused(signed(TestServers.JWT_SECRET, claims));
        // the same claims with an expiry pass: the signature was right, only the missing expiry refused it
        api.get("/api/users/me").bearer(signed(TestServers.JWT_SECRET, new JWTClaimsSet.Builder(claims)
                .expirationTime(Date.from(Instant.now().plusSeconds(60))).build())).send().expect(200);
    }

    @Test
    void aTokenSignedWithAnotherSecretIs401() {
        assertRefused(sign("another-secret-that-is-also-at-least-32-characters", callers.get(Caller.ADMIN).userId(),
                "ADMIN", Instant.now().plusSeconds(300)));
    }

    @Test
    void aTamperedSignatureIs401() {
        String[] parts = callers.get(Caller.CUSTOMER).accessToken().split("\\.");
        char[] signature = parts[2].toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';

        assertRefused(parts[0] + "." + parts[1] + "." + new String(signature));
    }

    @Test
    void aTamperedPayloadDoesNotMakeACustomerAnAdministrator() {
        String[] parts = callers.get(Caller.CUSTOMER).accessToken().split("\\.");
        String payload = decode(parts[1]);
        String promoted = payload.replace("\"CUSTOMER\"", "\"ADMIN\"");
        assertNotEquals(payload, promoted);
        String forged = parts[0] + "." + encode(promoted) + "." + parts[2];

        assertRefused(forged);
        api.get("/api/admin/users").bearer(forged).send().expectProblem(401, "UNAUTHENTICATED");
    }

    @Test
    void anUnsignedTokenIs401() {
        String payload = callers.get(Caller.ADMIN).accessToken().split("\\.")[1];

        assertRefused(encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + payload + ".");
        api.get("/api/admin/users").bearer(encode("{\"alg\":\"none\"}") + "." + payload + ".").send()
                .expectProblem(401, "UNAUTHENTICATED");
    }

    @Test
    void garbageIs401() {
        assertRefused("not-a-jwt");
        assertRefused("a.b.c");
        assertRefused(callers.get(Caller.CUSTOMER).refreshToken());
    }

    @Test
    void anAdministratorCannotChangeTheirOwnRole() {
        Session admin = callers.get(Caller.ADMIN);
        api.patch("/api/admin/users/" + admin.userId() + "/role").as(admin).json(Map.of("role", "CUSTOMER")).send()
                .expectProblem(409, "OWN_ROLE");
    }

    private void assertRefused(String token) {
        Reply reply = api.get("/api/users/me").bearer(token).send().expectProblem(401, "UNAUTHENTICATED");
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"), reply::toString);
    }

    private static String sign(String secret, UUID subject, String role, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject.toString()).claim("roles", List.of(role))
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiresAt)).build();
        return signed(secret, claims);
    }

    private static String signed(String secret, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
