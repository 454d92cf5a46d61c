package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A WebSocket client of {@code /ws} (the JDK's), collecting the messages it gets and how it was closed. */
final class LiveClient implements WebSocket.Listener, AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private final JsonMapper json;
    private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private LiveClient(JsonMapper json) {
        this.json = json;
    }

    /** @param query e.g. {@code ?access_token=...}, or empty */
    static LiveClient connect(URL server, JsonMapper json, String query, String origin) {
        LiveClient client = new LiveClient(json);
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT);
        if (origin != null) {
            builder.header("Origin", origin);
        }
        URI uri = URI.create("ws://" + server.getHost() + ":" + server.getPort() + "/ws" + query);
        client.socket = builder.buildAsync(uri, client).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        return client;
    }

    /** With the token in the upgrade request's Authorization header, as programs other than browsers send it. */
    static LiveClient bearer(URL server, JsonMapper json, Session session) {
        LiveClient client = new LiveClient(json);
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .header("Authorization", "Bearer " + session.accessToken())
                .buildAsync(URI.create("ws://" + server.getHost() + ":" + server.getPort() + "/ws"), client)
                .orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        return client;
    }

    static LiveClient as(URL server, JsonMapper json, Session session) {
        return connect(server, json, "?access_token=" + session.accessToken(), null);
    }

    LiveClient send(Map<String, Object> message) {
        try {
            socket.sendText(json.writeValueAsString(message), true).orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS)
                    .join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Subscribes and waits for {@code subscribed}; returns the events of the backlog. */
    List<Map<String, Object>> subscribe(Map<String, Object> subscription) {
        Map<String, Object> message = new java.util.HashMap<>(subscription);
        message.put("type", "subscribe");
        send(message);
        List<Map<String, Object>> backlog = new ArrayList<>();
        while (true) {
            Map<String, Object> next = next();
            if ("subscribed".equals(next.get("type"))) {
                return backlog;
            }
            backlog.add(next);
        }
    }

    Map<String, Object> next() {
        try {
            Map<String, Object> message = messages.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(message, "no message within " + WAIT);
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next message that matches, skipping the others (e.g. heartbeats, other events). */
    Map<String, Object> next(Predicate<Map<String, Object>> wanted) {
        while (true) {
            Map<String, Object> message = next();
            if (wanted.test(message)) {
                return message;
            }
        }
    }

    /** Every message that arrives within the time given. */
    List<Map<String, Object>> drain(Duration quiet) {
        List<Map<String, Object>> drained = new ArrayList<>();
        try {
            Map<String, Object> message;
            while ((message = messages.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                drained.add(message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return drained;
    }

    int awaitClosed() {
        Integer code = closed.orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).join();
        assertTrue(code >= 1000, "closed with " + code);
        return code;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                messages.add(json.readValue(partial.toString(), Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        socket.abort();
    }
}
