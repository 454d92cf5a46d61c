package dev.conveyor.bootstrap.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** One request written byte for byte, for what an HTTP client library refuses to send. */
final class RawHttp {

    private RawHttp() {
    }

    /** Sends the request (ISO-8859-1) and answers everything the server wrote until it closed the connection. */
    static String exchange(URL server, String request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
