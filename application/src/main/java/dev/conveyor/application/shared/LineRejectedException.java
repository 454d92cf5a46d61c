package dev.conveyor.application.shared;

import dev.conveyor.domain.shared.ConflictException;
import java.util.UUID;

/** An order line cannot be served now: the product is out of stock or no longer sold. */
public class LineRejectedException extends ConflictException {

    private final String field;
    private final UUID productId;
    private final int requested;
    private final int available;

    public LineRejectedException(String code, String field, UUID productId, int requested, int available,
                                 String message) {
        super(code, message);
        this.field = field;
        this.productId = productId;
        this.requested = requested;
        this.available = available;
    }

    public String field() {
        return field;
    }

    public UUID productId() {
        return productId;
    }

    public int requested() {
        return requested;
    }

    public int available() {
        return available;
    }
}
