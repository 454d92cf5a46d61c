package dev.conveyor.adapter.rest.error;

import dev.conveyor.domain.shared.DomainException;

/**
 * 428: the operation changes what the caller must have read first, and the request does not say which version
 * it read ({@code header} names the header that must).
 */
public final class PreconditionRequiredException extends DomainException {

    private final String header;

    public PreconditionRequiredException(String header, String message) {
        super("PRECONDITION_REQUIRED", message);
        this.header = header;
    }

    public String header() {
        return header;
    }
}
