package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import com.sun.net.httpserver.HttpServer;
import dev.conveyor.application.ordering.port.in.PlaceOrderUseCase;
import dev.conveyor.bootstrap.ops.TraceCorrelation;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.tracing.opentelemetry.instrument.http.server.OpenTelemetryServerFilter;
import io.opentelemetry.api.OpenTelemetry;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Tracing, off by default, exports over OTLP when configured: a local OTLP/HTTP receiver gets the spans of a
 * placed order, nested as they happen: the HTTP request (its route, the correlation id as an attribute), inside
 * it the use case, inside that the SQL. Off, it costs nothing per request: no OpenTelemetry SDK, no tracing
 * filter, no proxy around the use cases.
 */
class TracingOverHttpTest {

    @Test
    void withoutAnExporterNothingIsTracedPerRequest() {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class,
                new HashMap<String, Object>(TestServers.postgres()))) {
            var context = server.getApplicationContext();
            assertFalse(context.containsBean(OpenTelemetry.class), "no OpenTelemetry SDK without an exporter");
            assertFalse(context.containsBean(OpenTelemetryServerFilter.class), "no HTTP server tracing filter");
            assertFalse(context.containsBean(TraceCorrelation.class), "no filter tagging spans");
            assertFalse(Proxy.isProxyClass(context.getBean(PlaceOrderUseCase.class).getClass()),
                    "the use cases are not wrapped");
            Api api = new Api(server.getURL(), context.getBean(JsonMapper.class));
            HttpShop shop = new HttpShop(api);
            UUID product = shop.product(shop.user("SELLER"), 10);
            api.post("/api/orders").as(shop.customer()).json(HttpShop.orderBody(product, 1)).send().expect(201);
        }
    }

    @Test
    void aPlacedOrderIsExportedAsHttpThenUseCaseThenSqlSpans() throws Exception {
        List<ExportedSpan> spans = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/v1/traces", exchange -> {
            spans.addAll(ExportedSpan.of(exchange.getRequestBody().readAllBytes()));
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
                assertTrue(server.getApplicationContext().containsBean(OpenTelemetryServerFilter.class),
                        "the HTTP server tracing filter, with an exporter");
                Api api = new Api(server.getURL(), server.getApplicationContext().getBean(JsonMapper.class));
                HttpShop shop = new HttpShop(api);
                UUID product = shop.product(shop.user("SELLER"), 10);
                Session customer = shop.customer();
                String correlationId = "trace-" + UUID.randomUUID();
                api.post("/api/orders").as(customer).header("X-Correlation-Id", correlationId)
                        .json(HttpShop.orderBody(product, 1)).send().expect(201);

                ExportedSpan http = await(spans, span -> correlationId.equals(span.attributes().get("conveyor.correlation_id")),
                        "the request's span with its correlation id");
                assertTrue(http.name().contains("/api/orders"), () -> "the HTTP span is named by its route: " + http);
                ExportedSpan useCase = await(spans, span -> span.traceId().equals(http.traceId())
                        && span.name().equals("PlaceOrderUseCase.place"), "the use case's span in the request's trace");
                ExportedSpan insert = await(spans, span -> span.traceId().equals(http.traceId())
                        && span.attributes().values().stream().anyMatch(value -> value.startsWith("INSERT INTO orders")),
                        "the placement's INSERT in the request's trace");
                // a parent ends, and is exported, after its children
                await(spans, span -> span.id().equals(insert.parentId()), "the INSERT's parent");
                await(spans, span -> span.id().equals(useCase.parentId()), "the use case's parent");
                assertEquals(List.of(useCase.name(), http.name()), ancestors(insert, spans).stream().limit(2)
                        .map(ExportedSpan::name).toList(), "the SQL nests under the use case, which nests under the request");
                assertEquals(List.of(useCase.id(), http.id()), ancestors(insert, spans).stream().limit(2)
                        .map(ExportedSpan::id).toList());
            }
        } finally {
            receiver.stop(0);
        }
    }

    /** The span's parent, its parent's parent and so on, as far as they were exported. */
    private static List<ExportedSpan> ancestors(ExportedSpan span, List<ExportedSpan> spans) {
        List<ExportedSpan> chain = new ArrayList<>();
        for (Optional<ExportedSpan> parent = parentOf(span, spans); parent.isPresent(); parent = parentOf(parent.get(), spans)) {
            chain.add(parent.get());
        }
        return chain;
    }

    private static Optional<ExportedSpan> parentOf(ExportedSpan span, List<ExportedSpan> spans) {
        return spans.stream().filter(candidate -> candidate.id().equals(span.parentId())).findFirst();
    }

    private static ExportedSpan await(List<ExportedSpan> spans, Predicate<ExportedSpan> wanted, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<ExportedSpan> found = spans.stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + what + " among " + spans.size() + " spans exported: "
                + spans.stream().map(ExportedSpan::name).distinct().toList());
    }

    /**
     * A span as OTLP sends it (opentelemetry/proto/trace/v1/trace.proto), read by field number, with its string
     * attributes: ExportTraceServiceRequest.resource_spans(1) → ResourceSpans.scope_spans(2) → ScopeSpans.spans(2)
     * → Span: trace_id(1), span_id(2), parent_span_id(4), name(5), attributes(9) of KeyValue: key(1),
     * value(2) → AnyValue.string_value(1).
     */
    private record ExportedSpan(String traceId, String id, String parentId, String name, Map<String, String> attributes) {

        static List<ExportedSpan> of(byte[] request) {
            List<ExportedSpan> spans = new ArrayList<>();
            for (ByteString resourceSpans : field(parse(ByteString.copyFrom(request)), 1)) {
                for (ByteString scopeSpans : field(parse(resourceSpans), 2)) {
                    for (ByteString span : field(parse(scopeSpans), 2)) {
                        spans.add(span(parse(span)));
                    }
                }
            }
            return spans;
        }

        private static ExportedSpan span(UnknownFieldSet span) {
            Map<String, String> attributes = new HashMap<>();
            for (ByteString keyValue : field(span, 9)) {
                UnknownFieldSet pair = parse(keyValue);
                field(pair, 2).stream().map(value -> field(parse(value), 1)).filter(strings -> !strings.isEmpty())
                        .forEach(strings -> attributes.put(text(pair, 1), strings.get(0).toStringUtf8()));
            }
            return new ExportedSpan(hex(span, 1), hex(span, 2), hex(span, 4), text(span, 5), attributes);
        }

        private static List<ByteString> field(UnknownFieldSet message, int number) {
            return message.hasField(number) ? message.getField(number).getLengthDelimitedList() : List.of();
        }

        private static String text(UnknownFieldSet message, int number) {
            return field(message, number).stream().findFirst().map(ByteString::toStringUtf8).orElse("");
        }

        private static String hex(UnknownFieldSet message, int number) {
            return field(message, number).stream().findFirst().map(b -> HexFormat.of().formatHex(b.toByteArray()))
                    .orElse("");
        }

        private static UnknownFieldSet parse(ByteString bytes) {
            try {
                return UnknownFieldSet.parseFrom(bytes);
            } catch (InvalidProtocolBufferException e) {
                throw new IllegalStateException("not an OTLP message", e);
            }
        }
    }
}
