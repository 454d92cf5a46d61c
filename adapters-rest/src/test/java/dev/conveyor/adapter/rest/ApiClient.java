package dev.conveyor.adapter.rest;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A plain HTTP client, so that tests see exactly the status, headers and body the server sent. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URL base;
    private final JsonMapper json;

    public ApiClient(URL base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public record Reply(int status, HttpResponse<String> raw, Map<String, Object> body) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public Object get(String member) {
            return body.get(member);
        }
    }

    public HttpRequest.Builder request(String method, String path, String jsonBody) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (jsonBody != null) {
            builder.header("Content-Type", "application/json");
        }
        return builder.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody));
    }

    public Reply send(String method, String path, String jsonBody) {
        return send(request(method, path, jsonBody));
    }

    public Reply send(String method, String path, String jsonBody, String bearerToken) {
        return send(request(method, path, jsonBody).header("Authorization", "Bearer " + bearerToken));
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> body = response.body().isEmpty() ? Map.of()
                    : json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
            return new Reply(response.statusCode(), response, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
