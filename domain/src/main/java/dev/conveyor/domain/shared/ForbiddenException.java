package dev.conveyor.domain.shared;

/** The caller is known and sees the resource, but their role may not do this to it. */
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super("FORBIDDEN", message);
    }
}
