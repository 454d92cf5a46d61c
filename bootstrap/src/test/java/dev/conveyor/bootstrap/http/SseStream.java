package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A client of {@code /api/events/stream}: reads the stream on a thread of its
 * own, so that a test can wait for a line with a time-out, and for the end.
 */
final class SseStream implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Stands for the end of the stream in the queue of lines. */
    private static final String END = "\u0000end";

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final HttpResponse<java.io.InputStream> response;

    private SseStream(HttpResponse<java.io.InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SseStream open(URL server, String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/api/events/stream"))
                .header("Authorization", "Bearer " + accessToken).build();
        try {
            HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            return new SseStream(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException closed) {
            // the end, like a clean one
        }
        lines.add(END);
    }

    /** Waits for the data of the next event of that name (fields in any order); null when the stream ends first. */
    String dataOf(String eventName) {
        String name = null;
        String data = null;
        while (true) {
            String line = next();
            if (line == null || line.isEmpty()) {
                if (eventName.equals(name)) {
                    return data;
                }
                if (line == null) {
                    return null;
                }
                name = null;
                data = null;
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data = line.substring(5).strip();
            }
        }
    }

    /** Waits until the server ends the stream. */
    void awaitEnd() {
        while (next() != null) {
            // skip what is left
        }
    }

    private String next() {
        try {
            String line = lines.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(line, "no line within " + WAIT);
            return END.equals(line) ? null : line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closing is all that is wanted
        }
    }
}
