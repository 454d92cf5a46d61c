package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.HostileJson;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile JSON ({@link HostileJson}: wrong types, huge numbers, deep nesting,
 * NUL and unpaired surrogates, duplicate keys, cut-off documents) sent to every
 * route that reads a JSON body, by a user the route admits, on the whole
 * server over PostgreSQL: whatever the body, the answer is a success or a 4xx
 * in problem+json, never a 5xx. jqwik.tries.default (junit-platform.properties)
 * keeps it to seconds in the build; {@code -Djqwik.tries.default=20000} runs
 * longer.
 */
class HostileBodiesFuzzTest {

    private static EmbeddedServer server;
    private static Api api;
    private static List<RouteInputs> routes;
    private static List<String> names;
    private static final Map<String, Session> SESSIONS = new LinkedHashMap<>();

    @BeforeContainer
    static void start() {
        // the fuzzer sends far more requests per user than any limit lets through
        server = ApplicationContext.run(EmbeddedServer.class,
                Map.copyOf(TestServers.with(TestServers.postgres(), "conveyor.rate-limits.enabled", "false")));
        api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
        HttpShop shop = new HttpShop(api);
        SESSIONS.put("CUSTOMER", shop.customer());
        SESSIONS.put("SELLER", shop.user("SELLER"));
        SESSIONS.put("STAFF", shop.user("STAFF"));
        SESSIONS.put("ADMIN", shop.admin());
        routes = RouteInputs.of(server.getApplicationContext().getBean(Router.class)).stream()
                .filter(route -> route.body().filter(type -> type != byte[].class).isPresent())
                .toList();
        Set<String> known = new TreeSet<>();
        routes.forEach(route -> propertyNames(route.body().orElseThrow(), known));
        names = List.copyOf(known);
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property
    void noBodyMakesTheServerFail(@ForAll("routes") RouteInputs route, @ForAll("bodies") String body) {
        Api.Call call = api.call(route.method(), route.path(UUID.randomUUID().toString())).json(body);
        Reply reply = caller(route).map(call::as).orElse(call).send();

        assertTrue(reply.status() < 500, () -> "answered " + reply.status() + " to " + abbreviated(body) + ": "
                + reply);
        if (reply.status() >= 400) {
            assertEquals(Reply.PROBLEM_JSON, reply.header("Content-Type"), reply::toString);
        }
    }

    @Provide
    Arbitrary<RouteInputs> routes() {
        assertTrue(routes.size() > 15, () -> "only " + routes.size() + " routes read JSON bodies");
        return Arbitraries.of(routes);
    }

    @Provide
    Arbitrary<String> bodies() {
        return HostileJson.bodies(names);
    }

    private static Optional<Session> caller(RouteInputs route) {
        if (route.roles().contains("isAnonymous()")) {
            return Optional.empty();
        }
        return SESSIONS.entrySet().stream()
                .filter(e -> route.roles().contains(e.getKey()) || route.roles().contains("isAuthenticated()"))
                .map(Map.Entry::getValue).findFirst();
    }

    /** Every property name of the body type, nested ones included, so the fuzzer aims at real fields. */
    private static void propertyNames(Class<?> type, Set<String> names) {
        Optional<? extends BeanIntrospection<?>> introspection = BeanIntrospector.SHARED.findIntrospection(type);
        if (introspection.isEmpty()) {
            return;
        }
        for (BeanProperty<?, ?> property : introspection.get().getBeanProperties()) {
            if (names.add(property.getName())) {
                Argument<?> argument = property.asArgument();
                Class<?> nested = argument.getFirstTypeVariable().<Class<?>>map(Argument::getType)
                        .orElse(argument.getType());
                propertyNames(nested, names);
            }
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
