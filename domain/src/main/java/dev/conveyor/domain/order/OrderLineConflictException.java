package dev.conveyor.domain.order;

import dev.conveyor.domain.shared.ConflictException;

/** The order's state forbids a change of one of its lines; {@code field} names that change in the request. */
public class OrderLineConflictException extends ConflictException {

    private final String field;

    public OrderLineConflictException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
