package dev.conveyor.bootstrap.http;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A plain JDK HTTP client in front of the embedded server, so that tests see
 * exactly the status, headers and bytes the server sent, as any client would.
 */
final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final String base;
    private final JsonMapper json;

    Api(URL base, JsonMapper json) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        this.base = base.toString().replaceAll("/$", "");
        this.json = json;
    }

    Call get(String path) {
        return new Call("GET", path);
    }

    Call post(String path) {
        return new Call("POST", path);
    }

    Call patch(String path) {
        return new Call("PATCH", path);
    }

    Call put(String path) {
        return new Call("PUT", path);
    }

    Call delete(String path) {
        return new Call("DELETE", path);
    }

    Call call(String method, String path) {
        return new Call(method, path);
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One request being put together; {@link #send()} sends it. */
    final class Call {

        private final String method;
        private final HttpRequest.Builder request;
        private HttpRequest.BodyPublisher body = BodyPublishers.noBody();
        private byte[] bodyBytes;
        private boolean stream;

        private Call(String method, String path) {
            this.method = method;
            this.request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
        }

        Call as(Session session) {
            return bearer(session.accessToken());
        }

        Call bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        Call header(String name, String value) {
            request.header(name, value);
            return this;
        }

        /** A JSON body: a String is sent as it is (to send broken JSON), anything else is serialized. */
        Call json(Object value) {
            return body("application/json", value instanceof String text ? text : toJson(value));
        }

        Call body(String contentType, String text) {
            return body(contentType, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        Call body(String contentType, byte[] bytes) {
            request.header("Content-Type", contentType);
            body = BodyPublishers.ofByteArray(bytes);
            bodyBytes = bytes;
            return this;
        }

        /** The response is an endless stream (server-sent events): a success is only read up to its headers. */
        Call streaming() {
            stream = true;
            return this;
        }

        Reply send() {
            if (stream) {
                return sendStreaming();
            }
            try {
                HttpRequest sent = request.method(method, body).build();
                HttpResponse<String> response = client.send(sent, BodyHandlers.ofString());
                OpenApiContract.check(method, sent.uri(), sent.headers(), bodyBytes, response.statusCode(),
                        response.headers(), response.body());
                return new Reply(method + " " + response.uri().getRawPath(), response.statusCode(),
                        response.headers(), response.body(), parse(response.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + request.build().uri() + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private Reply sendStreaming() {
            try {
                HttpRequest sent = request.method(method, body).build();
                HttpResponse<java.io.InputStream> response = client.send(sent, BodyHandlers.ofInputStream());
                try (java.io.InputStream in = response.body()) {
                    String text = response.statusCode() < 300 ? ""
                            : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    OpenApiContract.check(method, sent.uri(), sent.headers(), bodyBytes, response.statusCode(),
                            response.headers(), response.statusCode() < 300 ? null : text);
                    return new Reply(method + " " + response.uri().getRawPath(), response.statusCode(),
                            response.headers(), text, parse(text));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + request.build().uri() + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private Object parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return json.readValue(text, Argument.OBJECT_ARGUMENT);
            } catch (IOException notJson) {
                return null;
            }
        }
    }
}
