package dev.conveyor.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.accounts.port.in.LogInCommand;
import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase.UpdateProfileCommand;
import dev.conveyor.application.catalog.port.in.CreateProductUseCase.CreateProductCommand;
import dev.conveyor.application.catalog.port.in.ListProductsQuery.ProductFilter;
import dev.conveyor.application.catalog.port.in.UpdateProductUseCase.UpdateProductCommand;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.ordering.port.in.ListMyOrdersQuery.MyOrdersFilter;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.SortDirection;
import dev.conveyor.application.shared.port.out.ProductSearch;
import dev.conveyor.domain.catalog.StockAdjustment;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every route: status, headers and body shape, and what reaches the core. */
@MicronautTest
class RoutesTest extends ServerTestSupport {

    private static final String ORDER = """
            {"lines":[{"productId":"%s","quantity":2}],
             "shippingAddress":{"name":"Ann","line1":"1 Main St","city":"Lyon","postalCode":"69001","country":"fr"},
             "notes":"ring twice"}""";

    @Test
    void signUpAnswers201WithTheUserAndNeverAPasswordHash() {
        ApiClient.Reply reply = api.send("POST", "/api/auth/signup",
                "{\"email\":\"ann@example.com\",\"password\":\"correct horse battery\",\"name\":\"Ann\"}");

        assertEquals(201, reply.status());
        assertEquals("ann@example.com", reply.get("email"));
        assertEquals("CUSTOMER", reply.get("role"));
        assertFalse(reply.raw().body().contains("argon2"), reply.raw().body());
        assertFalse(reply.raw().body().toLowerCase().contains("password"), reply.raw().body());
        assertEquals(Actor.Kind.ANONYMOUS, core.lastCall().actor().kind());
    }

    @Test
    void logInAnswersTheSessionAndRateLimitsByThePeerAddressNotByForwardedHeaders() {
        ApiClient.Reply reply = api.send(api.request("POST", "/api/auth/login",
                        "{\"email\":\"ann@example.com\",\"password\":\"correct horse battery\"}")
                .header("X-Forwarded-For", "203.0.113.9"));

        assertEquals(200, reply.status());
        assertEquals("Bearer", reply.get("tokenType"));
        assertNotNull(reply.get("accessToken"));
        assertEquals("refresh-secret", reply.get("refreshToken"));
        assertEquals("2026-03-01T10:15:30Z", reply.get("refreshTokenExpiresAt"));
        long expiresIn = ((Number) reply.get("expiresIn")).longValue();
        assertTrue(expiresIn > 14 * 60 && expiresIn <= 15 * 60, "expiresIn " + expiresIn);
        assertEquals("ann@example.com", ((Map<?, ?>) reply.get("user")).get("email"));
        LogInCommand command = (LogInCommand) core.lastCall().input();
        assertEquals("127.0.0.1", command.clientAddress());
    }

    @Test
    void theAccessTokenOfALoginAuthenticatesLaterRequests() {
        ApiClient.Reply login = api.send("POST", "/api/auth/login",
                "{\"email\":\"ann@example.com\",\"password\":\"correct horse battery\"}");

        ApiClient.Reply me = api.send("GET", "/api/users/me", null, (String) login.get("accessToken"));

        assertEquals(200, me.status());
        assertEquals(Role.CUSTOMER, core.lastCall().actor().role());
        assertEquals(((Map<?, ?>) login.get("user")).get("id"), core.lastCall().actor().userId().value().toString());
    }

    @Test
    void refreshAnswersANewSessionAndLogoutAnswers204() {
        ApiClient.Reply refreshed = api.send("POST", "/api/auth/refresh", "{\"refreshToken\":\"refresh-secret\"}");
        assertEquals(200, refreshed.status());
        assertEquals("next-refresh-secret", refreshed.get("refreshToken"));
        assertEquals("refresh-secret", core.lastCall().input());

        ApiClient.Reply logout = api.send("POST", "/api/auth/logout", "{\"refreshToken\":\"next-refresh-secret\"}");
        assertEquals(204, logout.status());
        assertEquals("next-refresh-secret", core.lastCall().input());
    }

    @Test
    void theProfileIsReadChangedAndDeletedByItsOwner() {
        UserId me = UserId.newId();
        String token = tokenFor(me, Role.SELLER);

        ApiClient.Reply read = api.send("GET", "/api/users/me", null, token);
        assertEquals(200, read.status());
        assertEquals(me.value().toString(), read.get("id"));
        assertEquals("SELLER", read.get("role"));
        assertEquals("Lyon", ((Map<?, ?>) read.get("address")).get("city"));
        assertEquals(Actor.user(me, Role.SELLER, core.lastCall().actor().correlationId()), core.lastCall().actor());

        ApiClient.Reply changed = api.send("PATCH", "/api/users/me",
                "{\"phone\":\"+33 6 00\",\"address\":{\"name\":\"Ann\",\"line1\":\"2 Rue\",\"city\":\"Paris\","
                        + "\"postalCode\":\"75001\",\"country\":\"FR\"}}", token);
        assertEquals(200, changed.status());
        UpdateProfileCommand command = (UpdateProfileCommand) core.lastCall().input();
        assertNull(command.name());
        assertEquals("+33 6 00", command.phone());
        assertEquals("Paris", command.address().city());

        assertEquals(204, api.send("DELETE", "/api/users/me", null, token).status());
    }

    @Test
    void administratorsListUsersAndGrantRoles() {
        String admin = tokenFor(Role.ADMIN);

        ApiClient.Reply list = api.send("GET", "/api/admin/users?role=seller&q=ann&page=1&size=5", null, admin);
        assertEquals(200, list.status());
        assertEquals(List.of(Optional.of(Role.SELLER), Optional.of("ann"), new PageRequest(1, 5)),
                core.lastCall().input());
        assertEquals(1, list.get("page"));
        assertEquals(5, list.get("size"));
        assertEquals(1, list.get("total"));
        assertEquals(1, ((List<?>) list.get("items")).size());

        UUID target = UUID.randomUUID();
        ApiClient.Reply granted = api.send("PATCH", "/api/admin/users/" + target + "/role", "{\"role\":\"STAFF\"}",
                admin);
        assertEquals(200, granted.status());
        assertEquals(target.toString(), granted.get("id"));
        assertEquals("STAFF", granted.get("role"));
    }

    @Test
    void theCatalogueIsOpenToEveryoneAndPassesTheCallerAlong() {
        ApiClient.Reply anonymous = api.send("GET", "/api/products?q=mug&category=kitchen&sort=createdAt"
                + "&direction=desc&page=0&size=500", null);

        assertEquals(200, anonymous.status());
        assertEquals(List.of(new ProductFilter("mug", "kitchen", ProductSearch.Sort.CREATED_AT, SortDirection.DESC),
                new PageRequest(0, 100)), core.lastCall().input());
        assertEquals(100, anonymous.get("size"));
        Map<?, ?> product = (Map<?, ?>) ((List<?>) anonymous.get("items")).get(0);
        assertEquals("MUG-1", product.get("sku"));
        assertEquals(Map.of("amountMinor", 1299, "currency", "EUR"), product.get("price"));
        assertEquals(Map.of("onHand", 10, "reserved", 4, "available", 6), product.get("stock"));

        UUID id = UUID.randomUUID();
        UserId seller = UserId.newId();
        ApiClient.Reply one = api.send("GET", "/api/products/" + id, null, tokenFor(seller, Role.SELLER));
        assertEquals(200, one.status());
        assertEquals(id.toString(), one.get("id"));
        assertEquals(seller, core.lastCall().actor().userId());
    }

    @Test
    void sellersCreateProductsWithALocationAndPatchThem() {
        String seller = tokenFor(Role.SELLER);

        ApiClient.Reply created = api.send("POST", "/api/products", """
                {"sku":"mug-2","name":"Big mug","category":"kitchen","price":{"amountMinor":1500,"currency":"EUR"},
                 "initialStock":12}""", seller);
        assertEquals(201, created.status());
        assertEquals("/api/products/" + created.get("id"), created.header("Location"));
        CreateProductCommand command = (CreateProductCommand) core.lastCall().input();
        assertEquals("MUG-2", command.sku().value());
        assertEquals(12, command.initialStock());
        assertEquals(0, command.lowStockThreshold());
        assertNull(command.sellerId());

        ApiClient.Reply patched = api.send("PATCH", "/api/products/" + UUID.randomUUID(),
                "{\"name\":\"Huge mug\",\"active\":false}", seller);
        assertEquals(200, patched.status());
        UpdateProductCommand update = (UpdateProductCommand) core.lastCall().input();
        assertEquals("Huge mug", update.details().name());
        assertEquals("A mug", update.details().description(), "unchanged parts come from the current product");
        assertEquals(Boolean.FALSE, update.active());
        assertNull(update.price());
    }

    @Test
    void stockIsAdjustedAndItsHistoryListed() {
        String staff = tokenFor(Role.STAFF);
        UUID product = UUID.randomUUID();

        ApiClient.Reply adjusted = api.send("POST", "/api/products/" + product + "/stock-adjustments",
                "{\"kind\":\"restock\",\"quantity\":5,\"reason\":\"delivery\"}", staff);
        assertEquals(201, adjusted.status());
        assertEquals(new StockAdjustment.Request(StockAdjustment.Kind.RESTOCK, 5, "delivery"),
                core.lastCall().input());
        assertEquals(15, adjusted.get("onHandAfter"));

        ApiClient.Reply history = api.send("GET", "/api/products/" + product + "/stock-adjustments", null, staff);
        assertEquals(200, history.status());
        assertEquals(product.toString(), ((Map<?, ?>) ((List<?>) history.get("items")).get(0)).get("productId"));
    }

    @Test
    void theManagementListIsForSellersAndTheBackOffice() {
        assertEquals(200, api.send("GET", "/api/manage/products", null, tokenFor(Role.STAFF)).status());
        assertEquals(403, api.send("GET", "/api/manage/products", null, tokenFor(Role.CUSTOMER)).status());
        assertEquals(401, api.send("GET", "/api/manage/products", null).status());
    }

    @Test
    void placingAnOrderAnswers201WithLocationAndTheFullOrder() {
        UUID product = UUID.randomUUID();
        ApiClient.Reply placed = api.send("POST", "/api/orders", ORDER.formatted(product), tokenFor(Role.CUSTOMER));

        assertEquals(201, placed.status(), placed.raw().body());
        assertEquals("/api/orders/" + placed.get("id"), placed.header("Location"));
        assertNull(placed.header("Idempotent-Replayed"));
        assertEquals("ORD-2026-000042", placed.get("number"));
        assertEquals("PENDING", placed.get("status"));
        assertEquals("UNFULFILLED", placed.get("fulfillmentStatus"));
        assertEquals("UNPAID", placed.get("paymentStatus"));
        assertEquals(0, placed.get("progress"));
        assertEquals(false, placed.get("partial"));
        assertEquals(Map.of("amountMinor", 2598, "currency", "EUR"), placed.get("total"));
        assertEquals(List.of("CANCELLED"), placed.get("allowedTransitions"));
        assertEquals("2026-03-01T10:16:30Z", placed.get("cancellableUntil"));
        assertTrue(placed.body().containsKey("confirmedAt") && placed.get("confirmedAt") == null,
                "absent times are written as null");
        Map<?, ?> line = (Map<?, ?>) ((List<?>) placed.get("lines")).get(0);
        assertEquals(product.toString(), line.get("productId"));
        assertEquals(2, line.get("reserved"));
        assertEquals(Map.of("amountMinor", 1299, "currency", "EUR"), line.get("unitPrice"));
        assertEquals("FR", ((Map<?, ?>) placed.get("shippingAddress")).get("country"));
        PlaceOrderCommand command = (PlaceOrderCommand) core.lastCall().input();
        assertEquals("ring twice", command.notes());
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstOrder() {
        String customer = tokenFor(Role.CUSTOMER);
        String body = ORDER.formatted(UUID.randomUUID());

        ApiClient.Reply first = api.send(api.request("POST", "/api/orders", body)
                .header("Authorization", "Bearer " + customer).header("Idempotency-Key", "order-123"));
        ApiClient.Reply replay = api.send(api.request("POST", "/api/orders", body)
                .header("Authorization", "Bearer " + customer).header("Idempotency-Key", "order-123"));

        assertEquals(201, first.status());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(201, replay.status());
        assertEquals("true", replay.header("Idempotent-Replayed"));
        assertEquals(first.get("id"), replay.get("id"));
        assertEquals(first.header("Location"), replay.header("Location"));
    }

    @Test
    void onlyCustomersPlaceOrders() {
        ApiClient.Reply reply = api.send("POST", "/api/orders", ORDER.formatted(UUID.randomUUID()),
                tokenFor(Role.STAFF));

        assertEquals(403, reply.status());
        assertEquals("FORBIDDEN", reply.get("code"));
    }

    @Test
    void orderListsTakeRepeatedAndCommaSeparatedStatuses() {
        ApiClient.Reply reply = api.send("GET", "/api/orders?status=PENDING&status=confirmed,processing&view=current",
                null, tokenFor(Role.CUSTOMER));

        assertEquals(200, reply.status());
        assertEquals(List.of(new MyOrdersFilter(EnumSet.of(OrderStatus.PENDING, OrderStatus.CONFIRMED,
                OrderStatus.PROCESSING), MyOrdersFilter.View.CURRENT), PageRequest.of(null, null)),
                core.lastCall().input());
        assertEquals(20, reply.get("size"));
    }

    @Test
    void ordersAreReadCancelledWithOrWithoutAReasonAndMovedOn() {
        String customer = tokenFor(Role.CUSTOMER);
        String id = UUID.randomUUID().toString();

        assertEquals(200, api.send("GET", "/api/orders/" + id, null, customer).status());

        assertEquals(200, api.send("POST", "/api/orders/" + id + "/cancel", null, customer).status());
        assertEquals(Optional.empty(), core.lastCall().input());
        assertEquals(200, api.send("POST", "/api/orders/" + id + "/cancel", "{\"reason\":\"changed my mind\"}",
                customer).status());
        assertEquals(Optional.of("changed my mind"), core.lastCall().input());

        ApiClient.Reply moved = api.send("PATCH", "/api/orders/" + id + "/status", "{\"status\":\"PROCESSING\"}",
                tokenFor(Role.STAFF));
        assertEquals(200, moved.status());
        assertEquals(OrderStatus.PROCESSING, core.lastCall().input());
        assertEquals(403, api.send("PATCH", "/api/orders/" + id + "/status", "{\"status\":\"PROCESSING\"}",
                customer).status());
    }

    @Test
    void controllersRunOffTheEventLoopWithTheCorrelationIdInTheMdc() {
        ApiClient.Reply reply = api.send(api.request("GET", "/api/users/me", null)
                .header("Authorization", "Bearer " + tokenFor(Role.CUSTOMER))
                .header("X-Correlation-Id", "trace-42:a.b_c"));

        assertEquals(200, reply.status());
        assertEquals("trace-42:a.b_c", reply.header("X-Correlation-Id"));
        FakeCore.Call call = core.lastCall();
        assertEquals("trace-42:a.b_c", call.actor().correlationId());
        assertEquals("trace-42:a.b_c", call.mdcCorrelationId());
        assertFalse(call.thread().contains("eventLoop"), call.thread());
    }

    @Test
    void limitedRequestsAreCountedOffTheEventLoopAndReadsAreNotCounted() {
        String customer = tokenFor(Role.CUSTOMER);
        ApiClient.Reply placed = api.send(api.request("POST", "/api/orders", ORDER.formatted(UUID.randomUUID()))
                .header("Authorization", "Bearer " + customer)
                .header("X-Correlation-Id", "count-me"));
        assertEquals(201, placed.status(), placed.raw().body());
        assertEquals(200, api.send("GET", "/api/orders/" + placed.get("id"), null, customer).status());
        assertEquals(200, api.send("GET", "/api/orders", null, customer).status());

        List<FakeLimits.Admission> counted = limits.admissions();
        assertEquals(1, counted.size(), counted.toString());
        FakeLimits.Admission admission = counted.get(0);
        assertEquals(RequestKind.ORDERS, admission.kind());
        assertEquals("count-me", admission.correlationId());
        assertEquals("count-me", admission.mdcCorrelationId());
        assertFalse(admission.thread().contains("eventLoop"), admission.thread());
    }

    @Test
    void anOrderTheCacheHoldsIsReadOnTheEventLoopAndAMissOnTheBlockingPool() {
        String customer = tokenFor(Role.CUSTOMER);
        OrderId held = OrderId.newId();
        core.hold(held);
        // a user's first request loads their session marker on a blocking thread, and the chain may go on there;
        // the read measured below finds the marker cached, as nearly every request does
        assertEquals(200, api.send("GET", "/api/orders/" + held.value(), null, customer).status());

        ApiClient.Reply hit = api.send(api.request("GET", "/api/orders/" + held.value(), null)
                .header("Authorization", "Bearer " + customer)
                .header("X-Correlation-Id", "hit-1"));
        assertEquals(200, hit.status(), hit.raw().body());
        FakeCore.Call answered = core.lastCall();
        assertEquals(held, answered.input());
        assertTrue(answered.thread().contains("eventLoop"), answered.thread());
        assertEquals("hit-1", answered.mdcCorrelationId());

        ApiClient.Reply miss = api.send(api.request("GET", "/api/orders/" + UUID.randomUUID(), null)
                .header("Authorization", "Bearer " + customer)
                .header("X-Correlation-Id", "miss-1"));
        assertEquals(200, miss.status(), miss.raw().body());
        FakeCore.Call read = core.lastCall();
        assertFalse(read.thread().contains("eventLoop"), read.thread());
        assertEquals("miss-1", read.mdcCorrelationId());
        assertNotNull(hit.header("ETag"));
        assertEquals(hit.header("ETag"), miss.header("ETag"));
    }

    @Test
    void anUnacceptableCorrelationIdIsReplacedByAGeneratedOne() {
        ApiClient.Reply reply = api.send(api.request("GET", "/api/products", null)
                .header("X-Correlation-Id", "bad id with spaces"));

        String id = reply.header("X-Correlation-Id");
        assertEquals(id, UUID.fromString(id).toString());
        assertEquals(id, core.lastCall().actor().correlationId());
        assertEquals(Set.of(id), Set.of(core.lastCall().mdcCorrelationId()));
    }
}
