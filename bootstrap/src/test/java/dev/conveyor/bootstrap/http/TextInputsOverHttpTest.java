package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.bootstrap.http.RouteInputs.Input;
import dev.conveyor.bootstrap.http.RouteInputs.Where;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * A NUL character or an unpaired surrogate in any text the API reads answers
 * 400 naming the input, on every route, anonymous ones included: PostgreSQL
 * cannot store a NUL (it answered 500 and logged the statement) and an unpaired
 * surrogate is no character. The routes and their inputs come from the router
 * ({@link RouteInputs}), so a new route is walked too.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextInputsOverHttpTest implements TestPropertyProvider {

    /** A JSON string value, as escapes, that the server must refuse. */
    private static final List<String> HOSTILE_JSON = List.of("a\\u0000b", "\\ud800", "x\\udc00", "\\udc00\\ud800");
    private static final String PLACEHOLDER = "hostile-text-goes-here";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject Router router;

    private Api api;
    private final Map<String, Session> sessions = new LinkedHashMap<>();

    @Override
    public Map<String, String> getProperties() {
        // every input of every route, sent by the same few users: many more requests than a limit lets through
        return TestServers.with(TestServers.postgres(), "conveyor.rate-limits.enabled", "false");
    }

    @BeforeAll
    void signIn() {
        api = new Api(server.getURL(), json);
        HttpShop shop = new HttpShop(api);
        sessions.put("CUSTOMER", shop.customer());
        sessions.put("SELLER", shop.user("SELLER"));
        sessions.put("STAFF", shop.user("STAFF"));
        sessions.put("ADMIN", shop.admin());
    }

    @Test
    void theWalkCoversTheRoutesTheIssueFoundAndMore() {
        List<String> walked = RouteInputs.of(router).stream()
                .flatMap(route -> route.inputs().stream().map(input -> route.method() + " " + route.template() + " "
                        + input.where() + " " + input.name()))
                .toList();
        for (String known : List.of("GET /api/products QUERY q", "GET /api/products QUERY category",
                "POST /api/auth/login BODY email", "POST /api/auth/signup BODY password",
                "PATCH /api/users/me BODY name", "POST /api/orders BODY shippingAddress.line1",
                "POST /api/products BODY name", "GET /api/admin/orders QUERY q", "GET /api/admin/users QUERY q",
                "POST /api/orders BODY lines[0].productId", "POST /api/orders HEADER Idempotency-Key")) {
            assertTrue(walked.contains(known), () -> known + " is not among " + walked);
        }
        assertTrue(walked.size() > 100, () -> "only " + walked.size() + " inputs: " + walked);
    }

    /** The checks live in the reader of JsonRequest bodies; a body of another type would bypass them. */
    @Test
    void everyJsonBodyIsReadByTheCheckingReader() {
        List<String> unchecked = RouteInputs.of(router).stream()
                .filter(route -> route.body().isPresent())
                .filter(route -> !JsonRequest.class.isAssignableFrom(route.body().get())
                        && route.body().get() != byte[].class)
                .map(route -> route.method() + " " + route.template() + " " + route.body().get().getSimpleName())
                .toList();
        assertEquals(List.of(), unchecked);
    }

    @TestFactory
    Stream<DynamicTest> aNulOrAnUnpairedSurrogateInAnyInputIs400NamingIt() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RouteInputs route : RouteInputs.of(router)) {
            for (Input input : route.inputs()) {
                String name = route.method() + " " + route.template() + " " + input.where() + " " + input.name();
                if (input.where() == Where.BODY) {
                    for (String hostile : HOSTILE_JSON) {
                        tests.add(DynamicTest.dynamicTest(name + " = \"" + hostile + "\"",
                                () -> sendBody(route, input, hostile)));
                    }
                } else if (input.where() != Where.HEADER) {
                    tests.add(DynamicTest.dynamicTest(name + " = %00", () -> sendParameter(route, input)));
                }
            }
        }
        return tests.stream();
    }

    /** Headers are left to the HTTP decoder (TextInputFilter does not check them): this holds it to that. */
    @Test
    void aNulInAHeaderIsRefusedBeforeTheApiReadsIt() {
        // the JDK client refuses to send a NUL in a header, so the request is written by hand
        String answer = RawHttp.exchange(server.getURL(), "POST /api/auth/logout HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nIdempotency-Key: a\0b\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    }

    private void sendBody(RouteInputs route, Input input, String hostile) {
        String body = bodyWith(input.name()).replace("\"" + PLACEHOLDER + "\"", "\"" + hostile + "\"");
        Reply reply = call(route, route.path(UUID.randomUUID().toString())).json(body).send();
        assertEquals(input.name(), reply.expectProblem(400, "VALIDATION_FAILED").text("field"), reply::toString);
    }

    private void sendParameter(RouteInputs route, Input input) {
        String path = input.where() == Where.PATH
                ? route.template().replace("{" + input.name() + "}", "%00")
                        .replaceAll("\\{[^}]+}", UUID.randomUUID().toString())
                : route.path(UUID.randomUUID().toString()) + "?" + URLEncoder.encode(input.name(),
                        StandardCharsets.UTF_8) + "=a%00b";
        Api.Call call = call(route, path);
        if (route.multipart()) {
            call.body("multipart/form-data; boundary=empty", "--empty--\r\n");
        } else if (!route.method().equals("GET")) {
            call.json("{}");
        }
        Reply reply = call.send();
        assertEquals(input.name(), reply.expectProblem(400, "VALIDATION_FAILED").text("field"), reply::toString);
    }

    /** The call, made by a user the route admits. */
    private Api.Call call(RouteInputs route, String path) {
        Api.Call call = api.call(route.method(), path);
        Set<String> roles = route.roles();
        if (roles.contains("isAnonymous()")) {
            return call;
        }
        return sessions.entrySet().stream().filter(e -> roles.contains(e.getKey()) || roles.contains("isAuthenticated()"))
                .findFirst().map(e -> call.as(e.getValue()))
                .orElseThrow(() -> new AssertionError(route.template() + " admits none of " + sessions.keySet()));
    }

    /** A JSON document holding only the placeholder string at {@code path}, e.g. {@code lines[0].productId}. */
    private String bodyWith(String path) {
        Object value = PLACEHOLDER;
        String[] segments = path.split("\\.");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i];
            if (segment.endsWith("[0]")) {
                value = Map.of(segment.substring(0, segment.length() - 3), List.of(value));
            } else {
                value = Map.of(segment, value);
            }
        }
        return api.toJson(value);
    }
}
