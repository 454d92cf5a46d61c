package dev.conveyor.adapter.rest.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.net.URI;

/** The headers of idempotent creation ({@code POST} routes that create something). */
public final class IdempotencyHeaders {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private IdempotencyHeaders() {
    }

    /** 201 with the new resource's address; marked when an idempotent retry replayed it. */
    public static <T> MutableHttpResponse<T> created(T body, String location, boolean replayed) {
        MutableHttpResponse<T> response = HttpResponse.created(body, URI.create(location));
        if (replayed) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response;
    }
}
