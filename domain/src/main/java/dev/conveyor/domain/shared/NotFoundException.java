package dev.conveyor.domain.shared;

/**
 * The resource does not exist or the caller may not know that it exists: both
 * answer the same, so ids of other users' resources leak nothing.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String code, String message) {
        super(code, message);
    }
}
