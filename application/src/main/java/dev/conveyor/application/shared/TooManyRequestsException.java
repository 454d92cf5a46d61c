package dev.conveyor.application.shared;

import dev.conveyor.domain.shared.DomainException;
import java.time.Duration;

/** A rate limit was hit; the caller may retry after the given delay. */
public class TooManyRequestsException extends DomainException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super("TOO_MANY_REQUESTS", message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
