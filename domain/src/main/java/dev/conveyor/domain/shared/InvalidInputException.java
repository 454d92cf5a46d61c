package dev.conveyor.domain.shared;

/** Input that can never be valid, whatever the state: names the offending field. */
public class InvalidInputException extends DomainException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super("VALIDATION_FAILED", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
