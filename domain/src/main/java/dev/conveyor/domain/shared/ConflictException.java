package dev.conveyor.domain.shared;

/** The request is well-formed but the current state does not allow it. */
public class ConflictException extends DomainException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
