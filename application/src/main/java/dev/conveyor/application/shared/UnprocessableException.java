package dev.conveyor.application.shared;

import dev.conveyor.domain.shared.DomainException;

/** Well-formed, but contradicts what the server already holds (e.g. an idempotency key reused for another body). */
public class UnprocessableException extends DomainException {

    public UnprocessableException(String code, String message) {
        super(code, message);
    }
}
