package dev.conveyor.domain.shared;

/**
 * Base of every rule violation the core reports. The {@code code} is stable and
 * part of the public API (clients switch on it), the message is for humans.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
