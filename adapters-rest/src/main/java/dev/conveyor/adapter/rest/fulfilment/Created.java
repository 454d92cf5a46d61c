package dev.conveyor.adapter.rest.fulfilment;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import java.net.URI;

/** Answers of creating POSTs: 201 with the new resource's address, marked when an idempotent retry replayed it. */
final class Created {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private Created() {
    }

    static <T> MutableHttpResponse<T> of(T body, String location, boolean replayed) {
        MutableHttpResponse<T> response = HttpResponse.created(body, URI.create(location));
        if (replayed) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response;
    }
}
