package dev.conveyor.domain.shared;

import java.util.regex.Pattern;

/** The shape shared by human document numbers: {@code <PREFIX>-<year>-<sequence of at least six digits>}. */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    public static String format(String prefix, int year, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
        return String.format("%s-%04d-%06d", prefix, year, sequence);
    }

    public static String require(String prefix, String value) {
        if (value == null || !Pattern.matches(Pattern.quote(prefix) + "-\\d{4}-\\d{6,}", value)) {
            throw new IllegalArgumentException("not a " + prefix + " number: " + value);
        }
        return value;
    }
}
