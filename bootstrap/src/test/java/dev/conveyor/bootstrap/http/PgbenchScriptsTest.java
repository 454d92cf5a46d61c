package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The benchmark compares the server with pgbench "doing the same work": this holds
 * {@code bench/pgbench-place-order.sql} and {@code bench/pgbench-relay.sql} to what the server actually
 * sends for one placement (recorded at the JDBC driver) — the same statements on the same tables in the
 * same transactions, the same rows per statement, event payloads of the same size — and runs them once;
 * and {@code bench/pgbench-read-order.sql} to what it sends for an uncached order read.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgbenchScriptsTest implements TestPropertyProvider {

    private static final Path BENCH = Path.of("..", "bench").toAbsolutePath().normalize();
    private static final Pattern FROM_TABLE = Pattern.compile("\\bfrom ([a-z_]+)");
    private static final Pattern INTO_TABLE = Pattern.compile("^insert into ([a-z_]+)");
    private static final Pattern UPDATED_TABLE = Pattern.compile("^update ([a-z_]+)");
    private static final Pattern FUNCTION = Pattern.compile("^select ([a-z_]+)\\(");

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject SqlCapture capture;

    private String url;

    @Override
    public Map<String, String> getProperties() {
        // only the placement and the relay run it sets off talk to the database while it is recorded
        Map<String, String> properties = TestServers.with(TestServers.postgres(), "test.capture-sql", "true",
                "conveyor.orders.confirmation-job.enabled", "false", "conveyor.events.relay-interval", "1h",
                "conveyor.events.poll-interval", "1h", "conveyor.consumers.interval", "1h",
                "conveyor.webhooks.interval", "1h", "conveyor.mail.enabled", "false", "conveyor.cache", "none",
                // a user's session marker is read once per cache period (5 s by default), not per request: the
                // test reads it before recording, as a benchmark's steady state has it
                "conveyor.security.session-cache-ttl", "1h");
        url = properties.get("datasources.default.url");
        return properties;
    }

    @Test
    void thePgbenchScriptsDoTheServersWork() throws Exception {
        Api api = new Api(server.getURL(), json);
        HttpShop shop = new HttpShop(api);
        Session seller = shop.user("SELLER");
        List<UUID> products = List.of(shop.product(seller, 100), shop.product(seller, 100), shop.product(seller, 100));
        Session customer = shop.customer();
        api.get("/api/users/me").as(customer).send().expect(200);

        capture.start();
        UUID order = api.post("/api/orders").as(customer).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .json(Map.of("lines", products.stream().map(p -> Map.of("productId", p.toString(), "quantity", 1))
                        .toList(), "shippingAddress", HttpShop.address())).send().expect(201).id();
        List<SqlCapture.Sent> sent = awaitTheRelaysRead();

        List<String> serverShapes = sent.stream().flatMap(PgbenchScriptsTest::statements).toList();
        List<String> scriptShapes = new ArrayList<>(scriptShapes("pgbench-place-order.sql"));
        scriptShapes.addAll(scriptShapes("pgbench-relay.sql"));
        assertEquals(String.join("\n", serverShapes), String.join("\n", scriptShapes).replace("×pending",
                rows(sent.stream().filter(s -> shape(s.sql()).equals("update event_log")).findFirst()
                        .orElseThrow().rows())),
                "the pgbench scripts no longer send what the server sends for one placement");

        // one round trip while the placement holds its products' rows: pgbench sends the two apart (prepared mode)
        assertTrue(sent.stream().anyMatch(s -> statements(s).toList().equals(List.of("insert orders",
                "insert order_lines×3"))), "the order and its lines are no longer sent together");

        capture.start();
        api.get("/api/orders/" + order).as(customer).send().expect(200);
        assertEquals(String.join("\n", scriptShapes("pgbench-read-order.sql")),
                capture.stop().stream().map(s -> shape(s.sql()) + rows(s.rows())).collect(Collectors.joining("\n")),
                "pgbench-read-order.sql no longer sends what the server sends for an uncached order read");

        int serverPayload = sent.stream().filter(s -> shape(s.sql()).equals("insert event_log"))
                .mapToInt(SqlCapture.Sent::longestParameter).max().orElseThrow();
        int pgbenchPayload = runThePgbenchScriptsOnce(products, customer.userId());
        assertTrue(Math.abs(pgbenchPayload - serverPayload) <= serverPayload / 5,
                "event payloads: the server writes " + serverPayload + " characters, pgbench " + pgbenchPayload);
    }

    /**
     * The placement, its relay run, and the live delivery after it, which with nobody following on this server
     * (as in the benchmark) reads where the log ends, not the events.
     */
    private List<SqlCapture.Sent> awaitTheRelaysRead() throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            List<SqlCapture.Sent> sent = capture.snapshot();
            int relayCommit = -1;
            for (int i = 0; i < sent.size(); i++) {
                if (shape(sent.get(i).sql()).equals("select pg_advisory_xact_lock")) {
                    relayCommit = i;
                }
            }
            if (relayCommit >= 0 && shape(sent.get(sent.size() - 1).sql()).equals("select event_relay")
                    && sent.size() - 1 > relayCommit + 4) {
                return capture.stop();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the relay did not number the order's events and deliver them: " + capture.stop());
    }

    /** Runs both scripts once on the test database; answers the length of pgbench's order:created payload. */
    private int runThePgbenchScriptsOnce(List<UUID> products, UUID customer)
            throws SQLException, IOException, InterruptedException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE bench_products AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM products"
                    + " WHERE id IN ('" + products.stream().map(UUID::toString).collect(Collectors.joining("','"))
                    + "')");
            sql.execute("CREATE TABLE bench_customers AS SELECT 1 AS n, id FROM users WHERE id = '" + customer + "'");
            pgbench("pgbench-place-order.sql");
            pgbench("pgbench-relay.sql");
            try (ResultSet rows = sql.executeQuery("SELECT length(e.payload), e.position FROM event_log e "
                    + "JOIN orders o ON o.id = e.order_id WHERE o.ship_name = 'Bench Customer' "
                    + "AND e.type = 'order:created'")) {
                assertTrue(rows.next(), "pgbench placed no order");
                assertTrue(rows.getLong(2) > 0, "pgbench's relay did not number its events");
                return rows.getInt(1);
            }
        }
    }

    private void pgbench(String script) throws IOException, InterruptedException {
        URI database = URI.create(url.substring("jdbc:".length()));
        String user = database.getQuery().replaceAll(".*user=([^&]*).*", "$1");
        Process pgbench = new ProcessBuilder("pgbench", "-n", "-M", "prepared", "-t", "1", "-D", "products=3",
                "-D", "customers=1", "-f", BENCH.resolve(script).toString(), "-h", database.getHost(),
                "-p", String.valueOf(database.getPort()), "-U", user, database.getPath().substring(1))
                .redirectErrorStream(true).start();
        String output = new String(pgbench.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(pgbench.waitFor(1, TimeUnit.MINUTES), "pgbench did not finish");
        assertEquals(0, pgbench.exitValue(), script + ": " + output);
        assertTrue(output.contains("number of failed transactions: 0"), script + ": " + output);
    }

    /** The statements of a pgbench script, as shapes; the bookkeeping statement marked as pgbench's own is left out. */
    private static List<String> scriptShapes(String script) throws IOException {
        List<String> shapes = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        String rows = "";
        boolean own = false;
        for (String line : Files.readAllLines(BENCH.resolve(script))) {
            String text = line.trim();
            if (text.startsWith("-- pgbench's own")) {
                own = true;
            } else if (text.startsWith("-- rows: ")) {
                rows = "×" + text.substring("-- rows: ".length());
            } else if (!text.startsWith("--") && !(text.startsWith("\\") && statement.isEmpty()) && !text.isEmpty()) {
                boolean ends = text.endsWith(";") || text.endsWith("\\gset");
                statement.append(' ').append(text.replaceAll("(;|\\\\gset)$", ""));
                if (ends) {
                    if (!own) {
                        String sql = statement.toString().trim();
                        shapes.add(shape(sql) + (rows.isEmpty() ? rows(tuples(sql)) : rows));
                    }
                    statement.setLength(0);
                    rows = "";
                    own = false;
                }
            }
        }
        return shapes;
    }

    /**
     * The shapes of what one call sent: a batch's rows are its parameter sets; a text of several statements (sent
     * in one round trip) is each of them, with the rows of its {@code VALUES} list.
     */
    private static Stream<String> statements(SqlCapture.Sent sent) {
        String[] statements = sent.sql().split(";\\s*\\n");
        if (statements.length == 1) {
            return Stream.of(shape(sent.sql()) + rows(sent.rows()));
        }
        return Arrays.stream(statements).map(String::trim).map(sql -> shape(sql) + rows(tuples(sql)));
    }

    /** What a statement does to which table (or which function it calls), without its details. */
    static String shape(String sql) {
        String text = sql.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (text.equals("begin") || text.equals("commit") || text.equals("end") || text.equals("rollback")) {
            return text.equals("end") ? "COMMIT" : text.toUpperCase(Locale.ROOT);
        }
        for (Pattern table : List.of(INTO_TABLE, UPDATED_TABLE)) {
            Matcher found = table.matcher(text);
            if (found.find()) {
                return text.substring(0, 6) + " " + found.group(1);
            }
        }
        Matcher from = FROM_TABLE.matcher(text);
        if (from.find()) {
            return "select " + from.group(1);
        }
        Matcher function = FUNCTION.matcher(text);
        return function.find() ? "select " + function.group(1) : text;
    }

    /** The rows of a multi-row {@code VALUES} list; 1 for anything else. */
    private static int tuples(String sql) {
        String text = sql.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        int values = text.indexOf(" values ");
        if (!text.startsWith("insert") || values < 0) {
            return 1;
        }
        int depth = 0;
        int count = 0;
        for (char c : text.substring(values + " values ".length()).toCharArray()) {
            if (c == '(') {
                count += depth++ == 0 ? 1 : 0;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c != ',' && c != ' ') {
                break; // the list is over: ON CONFLICT, RETURNING, ...
            }
        }
        return count;
    }

    private static String rows(int rows) {
        return rows == 1 ? "" : "×" + rows;
    }
}
