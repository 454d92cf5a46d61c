package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.testsupport.RedisServerProcess;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL database and one (private) Redis: a staff
 * member demoted through A loses B's back office and B's WebSocket at once.
 * B caches markers for an hour and checks its sockets every hour, so only the
 * signal A sends through Redis can end the session on B within the test. And
 * when no signal can come (instances that share no Redis), B ends the session
 * by itself once its cached marker expires and at its connections' next
 * heartbeat.
 */
class SessionsAcrossInstancesTest {

    @Test
    void aRoleChangeOnOneInstanceEndsTheSessionOnTheOther() {
        try (RedisServerProcess redis = RedisServerProcess.start()) {
            Map<String, String> a = TestServers.with(TestServers.postgres(), "conveyor.cache", "redis",
                    "redis.uri", redis.uri());
            Map<String, String> b = TestServers.with(TestServers.onAnotherPort(a),
                    "conveyor.security.session-cache-ttl", "1h", "conveyor.realtime.heartbeat", "1h");
            try (EmbeddedServer serverA = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(a));
                 EmbeddedServer serverB = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(b))) {
                JsonMapper json = serverA.getApplicationContext().getBean(JsonMapper.class);
                HttpShop shop = new HttpShop(new Api(serverA.getURL(), json));
                Api onB = new Api(serverB.getURL(), json);
                Session staff = shop.user("STAFF");
                // B has read and cached the staff member's marker
                onB.get("/api/admin/orders").as(staff).send().expect(200);

                try (LiveClient live = LiveClient.as(serverB.getURL(), json, staff)) {
                    live.subscribe(Map.of());

                    shop.changeRole(staff.userId(), "CUSTOMER").expect(200);

                    assertEquals(4401, live.awaitClosed());
                    Instant deadline = Instant.now().plusSeconds(15);
                    while (onB.get("/api/admin/orders").as(staff).send().status() != 401) {
                        assertTrue(Instant.now().isBefore(deadline), "B still takes the demoted staff's token");
                    }
                }
            }
        }
    }

    @Test
    void withoutASignalAnInstanceEndsTheSessionWhenItsCacheExpiresAndAtTheNextHeartbeat() {
        Map<String, String> a = TestServers.with(TestServers.postgres(), "conveyor.cache", "local");
        Map<String, String> b = TestServers.with(TestServers.onAnotherPort(a),
                "conveyor.security.session-cache-ttl", "1s", "conveyor.realtime.heartbeat", "1s");
        try (EmbeddedServer serverA = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(a));
             EmbeddedServer serverB = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(b))) {
            JsonMapper json = serverA.getApplicationContext().getBean(JsonMapper.class);
            HttpShop shop = new HttpShop(new Api(serverA.getURL(), json));
            Api onB = new Api(serverB.getURL(), json);
            Session staff = shop.user("STAFF");
            onB.get("/api/admin/orders").as(staff).send().expect(200);

            try (LiveClient live = LiveClient.as(serverB.getURL(), json, staff);
                 SseStream stream = SseStream.open(serverB.getURL(), staff.accessToken())) {
                live.subscribe(Map.of());
                stream.dataOf("subscribed");

                shop.changeRole(staff.userId(), "CUSTOMER").expect(200);

                assertEquals(4401, live.awaitClosed());
                assertTrue(stream.dataOf("error").contains("\"session-ended\""));
                Instant deadline = Instant.now().plusSeconds(15);
                while (onB.get("/api/admin/orders").as(staff).send().status() != 401) {
                    assertTrue(Instant.now().isBefore(deadline), "B still takes the demoted staff's token");
                }
            }
        }
    }
}
