package dev.conveyor.adapter.cache.redis;

/** Redis did not answer within the timeout, or not at all; the adapters fall back instead of failing. */
public final class RedisUnavailableException extends RuntimeException {

    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
