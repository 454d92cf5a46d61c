package dev.conveyor.adapter.rest.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.webhooks.port.out.WebhookSenderPort.Response;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.Delivery;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort.DeliveryStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The sender against a raw socket server on 127.0.0.1, which decides exactly when a connection ends: a kept-alive
 * connection the receiver drops as the next request arrives is tried once more on a fresh connection (so one
 * dropped connection does not park the endpoint's later events for a retry), kept-alive answers share one
 * connection, and a receiver that does not answer in time is not asked twice.
 */
class HttpWebhookSenderAdapterTest {

    private static final String OK = "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nthanks";

    @Test
    void keptAliveConnectionsAreReusedAndOneDroppedUnderARequestIsTriedOnceMoreAtOnce() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            AtomicInteger requests = new AtomicInteger();
            Thread receiver = new Thread(() -> {
                try {
                    // first connection: two answers, then the third request is read and the connection dropped
                    // without an answer, as a receiver closing an idle connection does just as it is reused
                    try (Socket first = server.accept()) {
                        connections.incrementAndGet();
                        BufferedReader in = reader(first);
                        for (int i = 0; i < 2; i++) {
                            readRequest(in);
                            requests.incrementAndGet();
                            answer(first.getOutputStream());
                        }
                        readRequest(in);
                        requests.incrementAndGet();
                    }
                    try (Socket second = server.accept()) {
                        connections.incrementAndGet();
                        readRequest(reader(second));
                        requests.incrementAndGet();
                        answer(second.getOutputStream());
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            receiver.start();
            HttpWebhookSenderAdapter sender = new HttpWebhookSenderAdapter(Duration.ofSeconds(5), "127.0.0.1");
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/hook";

            for (int i = 0; i < 3; i++) {
                Response response = sender.send(url, "whsec_test", delivery(), Instant.now());
                assertEquals(200, response.statusCode(), "delivery " + i + ": " + response);
                assertEquals("thanks", response.excerpt());
            }
            receiver.join(5_000);
            assertEquals(4, requests.get(), "the dropped request was sent once more");
            assertEquals(2, connections.get(), "kept alive: one connection for the first two deliveries");
        }
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsNotAskedTwice() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger requests = new AtomicInteger();
            Thread receiver = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    readRequest(reader(socket));
                    requests.incrementAndGet();
                    Thread.sleep(1_500);
                } catch (IOException | InterruptedException e) {
                    // the sender gave up and closed its end
                }
            });
            receiver.start();
            HttpWebhookSenderAdapter sender = new HttpWebhookSenderAdapter(Duration.ofMillis(300), "127.0.0.1");

            Response response = sender.send("http://127.0.0.1:" + server.getLocalPort() + "/hook", "whsec_test",
                    delivery(), Instant.now());
            receiver.join(5_000);
            assertNull(response.statusCode(), response::toString);
            assertTrue(response.error().contains("HttpTimeoutException"), response.error());
            assertEquals(1, requests.get(), "a timeout is not repeated");
        }
    }

    private static Delivery delivery() {
        return new Delivery(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), "order:created",
                "{\"type\":\"order:created\"}", DeliveryStatus.PENDING, 0, null, null, null);
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    /** Reads a request's head and its body (by Content-Length). */
    private static void readRequest(BufferedReader in) throws IOException {
        int length = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring("content-length:".length()).strip());
            }
        }
        for (int i = 0; i < length; i++) {
            in.read();
        }
    }

    private static void answer(OutputStream out) throws IOException {
        out.write(OK.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
