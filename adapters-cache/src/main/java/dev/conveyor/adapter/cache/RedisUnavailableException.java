package dev.conveyor.adapter.cache;

/** Redis did not answer within the timeout, or not at all; the adapters fall back instead of failing. */
final class RedisUnavailableException extends RuntimeException {

    RedisUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
