package dev.conveyor.application.shared;

import dev.conveyor.domain.shared.Check;
import java.util.regex.Pattern;

/** The client's {@code Idempotency-Key}: printable ASCII, at most 255 characters. */
public record IdempotencyKey(String value) {

    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1,255}");

    public IdempotencyKey {
        Check.matches("Idempotency-Key", Check.notNull("Idempotency-Key", value), SHAPE,
                "1 to 255 printable ASCII characters without spaces");
    }

    public static IdempotencyKey ofNullable(String value) {
        return value == null ? null : new IdempotencyKey(value);
    }
}
