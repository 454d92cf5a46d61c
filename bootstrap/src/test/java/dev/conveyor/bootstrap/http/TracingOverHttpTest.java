package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Tracing, off by default, exports over OTLP when configured: a local OTLP/HTTP receiver gets the spans of a
 * placed order, its HTTP request with the route and the correlation id as an attribute, and its SQL.
 */
class TracingOverHttpTest {

    @Test
    void aPlacedOrderIsExportedWithItsCorrelationId() throws Exception {
        List<String> exports = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/v1/traces", exchange -> {
            // the spans arrive as protobuf; their names and attribute values are UTF-8 strings in it
            exports.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        try {
            Map<String, String> settings = TestServers.with(TestServers.postgres(),
                    "otel.traces.exporter", "otlp",
                    "otel.exporter.otlp.traces.protocol", "http/protobuf",
                    "otel.exporter.otlp.traces.endpoint",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/v1/traces",
                    "otel.bsp.schedule.delay", "100");
            try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, new HashMap<String, Object>(settings))) {
                Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
                HttpShop shop = new HttpShop(api);
                UUID product = shop.product(shop.user("SELLER"), 10);
                Session customer = shop.customer();
                String correlationId = "trace-" + UUID.randomUUID();
                api.post("/api/orders").as(customer).header("X-Correlation-Id", correlationId)
                        .json(HttpShop.orderBody(product, 1)).send().expect(201);

                Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
                while (exports.stream().noneMatch(body -> body.contains(correlationId)) && Instant.now().isBefore(deadline)) {
                    Thread.sleep(100);
                }
                String export = exports.stream().filter(body -> body.contains(correlationId)).findFirst()
                        .orElseThrow(() -> new AssertionError("no span with the correlation id among " + exports.size() + " exports"));
                assertTrue(export.contains("conveyor.correlation_id"), export);
                assertTrue(export.contains("/api/orders"), "the order's HTTP span: " + export);
                assertTrue(exports.stream().anyMatch(body -> body.contains("INSERT INTO orders")),
                        "the placement's SQL statements are spans too");
            }
        } finally {
            receiver.stop(0);
        }
    }
}
