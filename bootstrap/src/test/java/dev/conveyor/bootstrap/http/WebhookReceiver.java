package dev.conveyor.bootstrap.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on 127.0.0.1 for tests: answers 500 to {@code failures} requests after its first
 * {@code successes} (all of them when negative), or holds every request until {@link #close} ("hangs"); keeps
 * every request it answered 200, in the order they came, with whether its signature verified against the
 * endpoint's secret the way docs/integrations.md tells receivers to.
 */
final class WebhookReceiver implements AutoCloseable {

    static {
        // the JDK's server writes an answer's head and body apart and, by default, with Nagle's algorithm on:
        // the body then waits for the sender's delayed ACK, 40 ms a request, which caps a receiver at ~25 a
        // second (read once, by the first server the JVM makes)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    record Received(String eventId, String idempotencyKey, String eventType, String body,
                    boolean signatureValid) {
    }

    private final HttpServer server;
    private final int successes;
    private final int failures;
    private final boolean hangs;
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;
    private volatile int actionAt;
    private volatile Runnable action;

    private WebhookReceiver(int successes, int failures, boolean hangs) {
        this.successes = successes;
        this.failures = failures;
        this.hangs = hangs;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/hook", this::handle);
        server.start();
    }

    static WebhookReceiver failingFirst(int failures) {
        return new WebhookReceiver(0, failures, false);
    }

    /** Fails in the middle of a stream: {@code successes} requests answered 200, then {@code failures} 500s. */
    static WebhookReceiver failingAfter(int successes, int failures) {
        return new WebhookReceiver(successes, failures, false);
    }

    static WebhookReceiver alwaysFailing() {
        return new WebhookReceiver(0, -1, false);
    }

    static WebhookReceiver hanging() {
        return new WebhookReceiver(0, 0, true);
    }

    /** Runs {@code work} while request number {@code request} (from 1) waits for its answer. */
    void during(int request, Runnable work) {
        action = work;
        actionAt = request;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String value) {
        secret = value;
    }

    int requests() {
        return requests.get();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        int request = requests.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (hangs) {
            try {
                release.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (request == actionAt) {
            action.run();
        }
        if (failures < 0 || request > successes && request <= successes + failures) {
            answer(exchange, 500, "nope");
            return;
        }
        received.add(new Received(exchange.getRequestHeaders().getFirst("Conveyor-Event-Id"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("Conveyor-Event-Type"), body,
                verifies(exchange.getRequestHeaders().getFirst("Conveyor-Signature"), body)));
        answer(exchange, 200, "thanks");
    }

    /** Conveyor-Signature: t=<seconds>,v1=<hex HMAC-SHA256 of "t.body">, compared in constant time. */
    private boolean verifies(String header, String body) {
        if (header == null || secret == null) {
            return false;
        }
        String timestamp = null;
        String signature = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                timestamp = part.substring(2);
            } else if (part.startsWith("v1=")) {
                signature = part.substring(3);
            }
        }
        if (timestamp == null || signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
