package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A client may send its first frame the moment the upgrade is answered. The upgrade's filters can finish on a
 * blocking thread (a token's session marker not yet cached is read there); the answer must still be written only
 * once the connection is ready for frames, or that first frame is lost with the connection.
 */
class LiveHandshakeOverHttpTest {

    @Test
    void aFrameSentRightAfterTheUpgradeIsAnsweredOnEveryConnection() {
        // a session marker is never found in the cache: every upgrade's security check ends on a blocking thread
        Map<String, Object> properties = new java.util.HashMap<>(TestServers.with(TestServers.postgres(),
                "conveyor.security.session-cache-ttl", "1ms"));
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
            Session customer = new HttpShop(new Api(server.getURL(), json)).customer();
            for (int connection = 0; connection < 50; connection++) {
                try (LiveClient live = LiveClient.bearer(server.getURL(), json, customer)) {
                    live.send(Map.of("type", "ping"));
                    assertEquals("pong", live.next(message -> "pong".equals(message.get("type"))).get("type"),
                            "connection " + connection);
                }
            }
        }
    }
}
