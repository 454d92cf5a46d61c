package dev.conveyor.adapter.rest.web;

/** The headers of idempotent creation ({@code POST} routes that create something). */
public final class IdempotencyHeaders {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private IdempotencyHeaders() {
    }
}
