package dev.conveyor.bootstrap.http;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds users, products and orders through the HTTP API only, the way a
 * client would, so that every test starts from state the server made itself.
 */
final class HttpShop {

    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Api api;
    private Session admin;

    HttpShop(Api api) {
        this.api = api;
    }

    /** The first administrator, created by the server from configuration at start-up. */
    synchronized Session admin() {
        if (admin == null) {
            admin = Session.of(logIn(TestServers.ADMIN_EMAIL, TestServers.ADMIN_PASSWORD).expect(200));
        }
        return admin;
    }

    static String newEmail(String kind) {
        return kind + "-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@conveyor.test";
    }

    Reply signUp(String email) {
        return api.post("/api/auth/signup").json(Map.of("email", email, "password", PASSWORD, "name", "Test user"))
                .send();
    }

    Reply logIn(String email, String password) {
        return api.post("/api/auth/login").json(Map.of("email", email, "password", password)).send();
    }

    Reply refresh(String refreshToken) {
        return api.post("/api/auth/refresh").json(Map.of("refreshToken", refreshToken)).send();
    }

    /** A new customer, signed up and logged in. */
    Session customer() {
        String email = newEmail("customer");
        signUp(email).expect(201);
        return Session.of(logIn(email, PASSWORD).expect(200));
    }

    /** A new user the administrator gave {@code role}, logged in again so that the token carries it. */
    Session user(String role) {
        Session customer = customer();
        if (role.equals("CUSTOMER")) {
            return customer;
        }
        changeRole(customer.userId(), role).expect(200);
        return Session.of(logIn(customer.email(), PASSWORD).expect(200));
    }

    Reply changeRole(UUID userId, String role) {
        return api.patch("/api/admin/users/" + userId + "/role").as(admin()).json(Map.of("role", role)).send();
    }

    static Map<String, Object> productBody(String name, long priceMinor, int stock) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sku", "HTTP-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", name);
        body.put("description", "made by the HTTP tests");
        body.put("category", "tests");
        body.put("price", Map.of("amountMinor", priceMinor, "currency", "EUR"));
        body.put("initialStock", stock);
        body.put("lowStockThreshold", 1);
        return body;
    }

    /** A product of {@code seller} with {@code stock} units on hand; answers its id. */
    UUID product(Session seller, int stock) {
        return api.post("/api/products").as(seller)
                .json(productBody("Product " + COUNTER.incrementAndGet(), 1999, stock)).send().expect(201).id();
    }

    /** A 1×1 lossless WebP. */
    static final byte[] TINY_IMAGE = java.util.Base64.getDecoder()
            .decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /** An upload of {@link #TINY_IMAGE} to a product, without credentials. */
    Api.Call imageUpload(UUID product) {
        String boundary = "----conveyor" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"tiny.webp\""
                + "\r\nContent-Type: image/webp\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(TINY_IMAGE);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return api.post("/api/products/" + product + "/images")
                .body("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    static Map<String, Object> address() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("name", "Ada Lovelace");
        address.put("line1", "1 Analytical Street");
        address.put("city", "London");
        address.put("postalCode", "N1 9GU");
        address.put("country", "GB");
        return address;
    }

    static Map<String, Object> orderBody(UUID product, int quantity) {
        return Map.of("lines", List.of(Map.of("productId", product.toString(), "quantity", quantity)),
                "shippingAddress", address());
    }

    Reply placeOrder(Session customer, UUID product, int quantity) {
        return api.post("/api/orders").as(customer).json(orderBody(product, quantity)).send();
    }

    /** An order of one unit of {@code product}; answers its id. */
    UUID order(Session customer, UUID product) {
        return placeOrder(customer, product, 1).expect(201).id();
    }

    /**
     * An order of {@code quantity} units of {@code product}, once the server has confirmed it (the test's
     * cancellation window closed); answers its id.
     */
    UUID confirmedOrder(Session customer, UUID product, int quantity) {
        UUID order = placeOrder(customer, product, quantity).expect(201).id();
        Instant deadline = Instant.now().plusSeconds(15);
        while (!"CONFIRMED".equals(api.get("/api/orders/" + order).as(customer).send().expect(200).text("status"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("order " + order + " was never confirmed");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return order;
    }

    /** A {@link #confirmedOrder} the administrator recorded paid in full, in cash. */
    UUID confirmedPaidOrder(Session customer, UUID product, int quantity) {
        UUID order = confirmedOrder(customer, product, quantity);
        long total = api.get("/api/orders/" + order).as(admin()).send().expect(200).number("total.amountMinor");
        api.post("/api/orders/" + order + "/payments").as(admin())
                .json(Map.of("method", "CASH", "amount", Map.of("amountMinor", total, "currency", "EUR")))
                .send().expect(201);
        return order;
    }

    Reply productView(UUID id) {
        return api.get("/api/products/" + id).send().expect(200);
    }
}
