package dev.conveyor.domain.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** Argument checks that report the offending field, shared by value objects and commands. */
public final class Check {

    private Check() {
    }

    public static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    /** Trims and requires 1..max characters. */
    public static String text(String field, String value, int max) {
        String trimmed = notNull(field, value).strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, field + " must not be blank");
        }
        return maxLength(field, trimmed, max);
    }

    /** Trims; blank becomes null; otherwise at most max characters. */
    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(field, value.strip(), max);
    }

    public static String matches(String field, String value, Pattern pattern, String expectation) {
        if (!pattern.matcher(value).matches()) {
            throw new InvalidInputException(field, field + " must be " + expectation);
        }
        return value;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max);
        }
        return value;
    }

    public static long range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max);
        }
        return value;
    }

    private static String maxLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(field, field + " must be at most " + max + " characters");
        }
        return value;
    }

    public static void state(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(Objects.requireNonNull(message));
        }
    }
}
