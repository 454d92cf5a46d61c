package dev.conveyor.domain.order;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** The number people read out on the phone: {@code ORD-2026-000042}. */
public record OrderNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("ORD-\\d{4}-\\d{6,}");

    public OrderNumber {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an order number: " + value);
        }
    }

    /** @param sequence unique across all years, so numbers never repeat even if a year's counter is reused */
    public static OrderNumber of(int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        // every placement numbers its order: plain concatenation, String.format parses its pattern each time
        return new OrderNumber("ORD-" + zeroPadded(year, 4) + "-" + zeroPadded(sequence, 6));
    }

    private static String zeroPadded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** The order number a person typed, in any case, if {@code text} is one. */
    public static Optional<OrderNumber> parse(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        return SHAPE.matcher(upper).matches() ? Optional.of(new OrderNumber(upper)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
