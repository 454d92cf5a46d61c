package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.adapter.persistence.support.ReadReplica;
import dev.conveyor.testsupport.PostgresReplication;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * A real streaming replica (a private primary and its {@code pg_basebackup -R} copy): the category list and the
 * catalogue search, staleness-tolerant reads, come from the replica, except for a caller who has just written (read-your-writes),
 * and from the primary while the replica lags beyond the bound or is down. Replay is paused on the replica
 * ({@code pg_wal_replay_pause()}) so that it lacks what the primary has, whatever the machine's speed.
 */
class ReadReplicaOverHttpTest {

    @Test
    void theReplicaServesOthersTheWriterReadsItsWritesAndAStoppedReplicaBreaksNoRead() throws Exception {
        try (PostgresReplication postgres = PostgresReplication.start();
             EmbeddedServer server = start(postgres, "1h")) {
            Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            HttpShop shop = new HttpShop(api);
            Session admin = shop.admin();
            Session customer = shop.customer();
            Session seller = shop.user("SELLER");
            ReadReplica replica = server.getApplicationContext().getBean(ReadReplica.class);
            await("the replica serves", replica::serving);

            pauseReplay(postgres, true);
            String name = createCategory(api, admin);
            assertFalse(listed(api, null, name), "an anonymous read comes from the replica, which lacks it");
            assertFalse(listed(api, customer, name), "so does that of a customer who did not write it");
            assertTrue(listed(api, admin, name), "the administrator who created it reads it (from the primary)");
            String product = "Replicated product " + UUID.randomUUID().toString().substring(0, 8);
            api.post("/api/products").as(seller).json(HttpShop.productBody(product, 1000, 5)).send().expect(201);
            assertFalse(found(api, null, product), "the catalogue search comes from the replica too");
            assertTrue(found(api, seller, product), "the seller who created it finds it");

            postgres.stopReplica();
            assertTrue(listed(api, null, name), "with the replica down the primary answers, and has it");
            assertTrue(found(api, null, product));
            assertFalse(replica.serving());

            postgres.startReplica();
            await("the restarted replica serves again", replica::serving);
            await("the replica replayed the category", () -> listed(api, null, name));
        }
    }

    @Test
    void aReplicaLaggingBeyondTheBoundIsSkipped() throws Exception {
        try (PostgresReplication postgres = PostgresReplication.start();
             EmbeddedServer server = start(postgres, "1s")) {
            Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
            HttpShop shop = new HttpShop(api);
            ReadReplica replica = server.getApplicationContext().getBean(ReadReplica.class);
            await("the replica serves", replica::serving);

            pauseReplay(postgres, true);
            String name = createCategory(api, shop.admin());
            await("the paused replica is skipped once it is 1 s behind", () -> !replica.serving());
            assertTrue(listed(api, null, name), "the primary answers, and has it");

            pauseReplay(postgres, false);
            await("the replica caught up and serves again", replica::serving);
            assertTrue(listed(api, null, name));
        }
    }

    private static EmbeddedServer start(PostgresReplication postgres, String maxLag) {
        Map<String, String> properties = TestServers.with(TestServers.postgres(),
                "datasources.default.url", postgres.primaryUrl(),
                "datasources.read.url", postgres.replicaUrl(),
                "datasources.read.username", "",
                "datasources.read.password", "",
                "datasources.read.maximum-pool-size", "4",
                "datasources.read.connection-timeout", "1000",
                // no read cache: every list reaches a database
                "conveyor.cache", "none",
                "conveyor.read-replica.max-lag", maxLag,
                "conveyor.read-replica.probe-interval", "100ms",
                "conveyor.read-replica.sticky-window", "1h");
        return ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(properties));
    }

    private static String createCategory(Api api, Session admin) {
        String name = "Replicated " + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/categories").as(admin).json(Map.of("name", name)).send().expect(201);
        return name;
    }

    private static boolean listed(Api api, Session reader, String name) {
        Api.Call call = api.get("/api/categories");
        if (reader != null) {
            call = call.as(reader);
        }
        return call.send().expect(200).array().stream().anyMatch(c -> name.equals(((Map<?, ?>) c).get("name")));
    }

    private static boolean found(Api api, Session reader, String name) {
        Api.Call call = api.get("/api/products?q=" + name.replace(" ", "%20"));
        if (reader != null) {
            call = call.as(reader);
        }
        return !call.send().expect(200).itemsText("id").isEmpty();
    }

    private static void pauseReplay(PostgresReplication postgres, boolean pause) throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.replicaUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(pause ? "SELECT pg_wal_replay_pause()" : "SELECT pg_wal_replay_resume()");
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "timed out: " + what);
            Thread.sleep(100);
        }
    }
}
