package dev.conveyor.bootstrap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Clients that hold connections without using them: one trickling a header
 * byte at a time is dropped at the header timeout, and one address cannot
 * hold more than its share of connections. The timeouts are what is tested,
 * so the test sets them short.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSocketsOverHttpTest implements TestPropertyProvider {

    private static final Duration HEADER_TIMEOUT = Duration.ofSeconds(2);
    private static final int MAX_PER_ADDRESS = 4;

    @Inject EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return TestServers.with(TestServers.h2(),
                "conveyor.http.header-timeout", HEADER_TIMEOUT.toMillis() + "ms",
                "conveyor.http.max-connections-per-address", String.valueOf(MAX_PER_ADDRESS));
    }

    @Test
    void aClientTricklingItsHeadersIsDroppedAtTheHeaderTimeout() throws IOException {
        byte[] request = ("GET /api/products HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                + "a".repeat(200) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try (Socket socket = connect()) {
            long started = System.nanoTime();
            int sent = 0;
            // one byte every 200 ms would take 44 s for the whole request
            while (sent < request.length && open(socket)) {
                socket.getOutputStream().write(request[sent++]);
                socket.getOutputStream().flush();
                pause(200);
            }
            Duration held = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(sent < request.length, "the server waited for the whole trickled request");
            assertTrue(held.compareTo(HEADER_TIMEOUT.multipliedBy(5)) < 0, "held for " + held);
        }
    }

    @Test
    void aPromptClientOnAKeptAliveConnectionIsServedAgainAndAgain() throws IOException {
        try (Socket socket = connect()) {
            for (int i = 0; i < 3; i++) {
                socket.getOutputStream().write("GET /api/products?size=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                assertTrue(readResponseHead(socket).startsWith("HTTP/1.1 200"), "request " + i);
            }
        }
    }

    @Test
    void oneAddressHoldsAtMostItsShareOfConnections() throws IOException {
        List<Socket> held = new ArrayList<>();
        try {
            // the test's own HTTP clients may hold a kept-alive connection too: fill up to the cap
            Socket refused = null;
            for (int i = 0; i <= MAX_PER_ADDRESS && refused == null; i++) {
                Socket socket = connect();
                held.add(socket);
                if (closedByServer(socket)) {
                    refused = socket;
                }
            }
            assertTrue(refused != null, "every one of " + held.size() + " connections was kept");
            held.get(0).close();
            held.remove(0);
            awaitServed();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout((int) HEADER_TIMEOUT.multipliedBy(5).toMillis());
        return socket;
    }

    /** A connection the server admitted answers a request; a refused one reads end of stream at once. */
    private static boolean closedByServer(Socket socket) throws IOException {
        try {
            socket.getOutputStream().write("GET /api/products?size=1 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readResponseHead(socket).isEmpty();
        } catch (SocketException reset) {
            return true;
        }
    }

    /** Once a connection is given back, the address may open another (the server notices the close soon). */
    private void awaitServed() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Socket socket = connect()) {
                if (!closedByServer(socket)) {
                    return;
                }
            }
            assertTrue(System.nanoTime() - deadline < 0, "no connection admitted after one was closed");
            pause(100);
        }
    }

    /** The status line and headers, or "" when the server closed the connection first. */
    private static String readResponseHead(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        int contentLength = 0;
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return "";
            }
            head.append((char) b);
        }
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring("content-length:".length()).trim());
            }
        }
        assertEquals(contentLength, in.readNBytes(contentLength).length);
        return head.toString();
    }

    /** Whether the server still holds the connection: end of stream or a reset says it closed it. */
    private static boolean open(Socket socket) throws IOException {
        int timeout = socket.getSoTimeout();
        socket.setSoTimeout(1);
        try {
            return socket.getInputStream().read() != -1;
        } catch (SocketTimeoutException stillOpen) {
            return true;
        } catch (SocketException reset) {
            return false;
        } finally {
            if (!socket.isClosed()) {
                socket.setSoTimeout(timeout);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
