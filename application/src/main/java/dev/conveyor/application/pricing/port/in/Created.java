package dev.conveyor.application.pricing.port.in;

/** What a creating use case answers: the new value, or for a retry with the same idempotency key the first one's. */
public record Created<T>(T value, boolean replayed) {
}
