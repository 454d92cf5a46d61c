package dev.conveyor.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for the parts of Stripe's API Conveyor calls (creating
 * PaymentIntents and Refunds, listing a charge's refunds), on a loopback port,
 * so that tests never reach the internet. Like Stripe, it answers a repeated
 * Idempotency-Key with the first answer. It records every request, and makes
 * webhook payloads and their Stripe-Signature headers as Stripe signs them.
 */
public final class StripeStub implements AutoCloseable {

    /** What reached the stub: method, path, form parameters and the Idempotency-Key header. */
    public record Request(String method, String path, Map<String, String> params, String idempotencyKey) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, String> answeredByKey = new ConcurrentHashMap<>();
    private final Map<String, String> currencyOfIntent = new ConcurrentHashMap<>();
    private final Map<String, List<String>> refundsOfIntent = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    private StripeStub(HttpServer server) {
        this.server = server;
    }

    public static StripeStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StripeStub stub = new StripeStub(server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The API base to configure: {@code http://127.0.0.1:<port>}. */
    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public void clear() {
        requests.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String form = "GET".equals(method) ? exchange.getRequestURI().getRawQuery()
                    : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> params = parse(form);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            requests.add(new Request(method, path, params, key));
            String body;
            int status = 200;
            if (key != null && answeredByKey.containsKey(path + key)) {
                body = answeredByKey.get(path + key);
            } else if ("POST".equals(method) && path.equals("/v1/payment_intents")) {
                body = paymentIntent(params);
            } else if ("POST".equals(method) && path.equals("/v1/refunds")) {
                body = refund(params);
            } else if ("GET".equals(method) && path.equals("/v1/refunds")) {
                body = "{\"object\":\"list\",\"data\":[],\"has_more\":false}";
            } else {
                status = 404;
                body = "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"no stub for " + method + " "
                        + path + "\"}}";
            }
            if (key != null && status == 200) {
                answeredByKey.putIfAbsent(path + key, body);
                body = answeredByKey.get(path + key);
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("Request-Id", "req_stub_" + sequence.incrementAndGet());
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    private String paymentIntent(Map<String, String> params) {
        String id = "pi_stub_" + sequence.incrementAndGet();
        String currency = params.getOrDefault("currency", "eur");
        currencyOfIntent.put(id, currency);
        Map<String, String> metadata = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("metadata[")) {
                metadata.put(name.substring("metadata[".length(), name.length() - 1), value);
            }
        });
        return paymentIntentJson(id, Long.parseLong(params.getOrDefault("amount", "0")), currency,
                "requires_payment_method", metadata, 0);
    }

    private String refund(Map<String, String> params) {
        String id = "re_stub_" + sequence.incrementAndGet();
        String intent = params.get("payment_intent");
        refundsOfIntent.computeIfAbsent(intent, k -> new CopyOnWriteArrayList<>()).add(id);
        return refundJson(id, Long.parseLong(params.getOrDefault("amount", "0")),
                currencyOfIntent.getOrDefault(intent, "eur"), intent);
    }

    /** A PaymentIntent as Stripe writes it; the metadata carries Conveyor's order id. */
    public static String paymentIntentJson(String id, long amount, String currency, String status,
                                           Map<String, String> metadata, long amountReceived) {
        StringBuilder meta = new StringBuilder();
        metadata.forEach((name, value) -> meta.append(meta.length() == 0 ? "" : ",")
                .append('"').append(name).append("\":\"").append(value).append('"'));
        return "{\"id\":\"" + id + "\",\"object\":\"payment_intent\",\"amount\":" + amount
                + ",\"amount_received\":" + amountReceived + ",\"currency\":\"" + currency
                + "\",\"client_secret\":\"" + id + "_secret_stub\",\"status\":\"" + status
                + "\",\"metadata\":{" + meta + "}}";
    }

    public static String refundJson(String id, long amount, String currency, String paymentIntent) {
        return "{\"id\":\"" + id + "\",\"object\":\"refund\",\"amount\":" + amount + ",\"currency\":\"" + currency
                + "\",\"payment_intent\":\"" + paymentIntent + "\",\"status\":\"succeeded\"}";
    }

    /** {@code payment_intent.succeeded} for the whole amount. */
    public static String succeededEvent(String intentId, String orderId, long amount, String currency) {
        return event("payment_intent.succeeded", paymentIntentJson(intentId, amount, currency, "succeeded",
                Map.of("order_id", orderId), amount));
    }

    public static String failedEvent(String intentId, String orderId, long amount, String currency) {
        String intent = paymentIntentJson(intentId, amount, currency, "requires_payment_method",
                Map.of("order_id", orderId), 0);
        intent = intent.substring(0, intent.length() - 1)
                + ",\"last_payment_error\":{\"type\":\"card_error\",\"message\":\"Your card was declined.\"}}";
        return event("payment_intent.payment_failed", intent);
    }

    /**
     * {@code charge.refunded} with the charge's refunds so far.
     *
     * @param refunds refund id to amount, in minor units
     */
    public static String chargeRefundedEvent(String chargeId, String intentId, String orderId, long captured,
                                             String currency, Map<String, Long> refunds) {
        List<String> data = new ArrayList<>();
        refunds.forEach((id, amount) -> data.add(refundJson(id, amount, currency, intentId)));
        long refunded = refunds.values().stream().mapToLong(Long::longValue).sum();
        String charge = "{\"id\":\"" + chargeId + "\",\"object\":\"charge\",\"amount\":" + captured
                + ",\"amount_captured\":" + captured + ",\"amount_refunded\":" + refunded + ",\"currency\":\""
                + currency + "\",\"payment_intent\":\"" + intentId + "\",\"refunded\":" + (refunded == captured)
                + ",\"metadata\":{\"order_id\":\"" + orderId + "\"},\"refunds\":{\"object\":\"list\",\"data\":["
                + String.join(",", data) + "],\"has_more\":false}}";
        return event("charge.refunded", charge);
    }

    private static String event(String type, String object) {
        return "{\"id\":\"evt_" + UUID.randomUUID().toString().replace("-", "")
                + "\",\"object\":\"event\",\"api_version\":\"2025-09-30.clover\",\"created\":1700000000,\"type\":\""
                + type + "\",\"livemode\":false,\"data\":{\"object\":" + object + "}}";
    }

    /** The Stripe-Signature header Stripe would send: {@code t=<seconds>,v1=<HMAC-SHA256 of "t.payload">}. */
    public static String signature(String payload, String secret, long epochSeconds) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((epochSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + epochSeconds + ",v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        if (form == null || form.isEmpty()) {
            return params;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }
}
