package dev.conveyor.adapter.rest.common;

import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns raw request values (JSON fields, query and path parameters) into typed
 * ones, reporting a bad value under the name the client used for it, the same
 * way the core reports its own validation errors.
 */
public final class Inputs {

    private Inputs() {
    }

    public static UUID uuid(String field, String value) {
        Check.text(field, value, 100);
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be a UUID");
        }
    }

    public static UUID optionalUuid(String field, String value) {
        return value == null || value.isBlank() ? null : uuid(field, value);
    }

    /** Required; accepts any case and camelCase ({@code createdAt} for {@code CREATED_AT}). */
    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        Check.text(field, value, 64);
        String constant = value.strip().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + names(type));
        }
    }

    public static <E extends Enum<E>> E optionalEnum(String field, String value, Class<E> type) {
        return value == null || value.isBlank() ? null : enumValue(field, value, type);
    }

    /** Values given as repeated parameters, comma-separated lists, or both. */
    public static <E extends Enum<E>> Set<E> enumValues(String field, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values != null) {
            values.stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .filter(value -> !value.isBlank())
                    .forEach(value -> result.add(enumValue(field, value, type)));
        }
        return result;
    }

    /** A whole number from a query parameter; absent means {@code null}. */
    public static Integer optionalInt(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
    }

    /** The page and size query parameters; absent ones take the defaults, oversized pages are capped. */
    public static PageRequest page(String page, String size) {
        return PageRequest.of(optionalInt("page", page), optionalInt("size", size));
    }

    /**
     * A whole number from a JSON field. Request DTOs read numbers as decimals so
     * that {@code 1.5} is refused instead of being silently truncated to 1.
     */
    public static int wholeInt(String field, BigDecimal value) {
        long whole = wholeLong(field, value);
        if (whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
            throw new InvalidInputException(field, field + " is out of range");
        }
        return (int) whole;
    }

    public static Integer optionalWholeInt(String field, BigDecimal value) {
        return value == null ? null : wholeInt(field, value);
    }

    public static long wholeLong(String field, BigDecimal value) {
        Check.notNull(field, value);
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(field, field + " is out of range");
        }
    }

    /**
     * Runs a core constructor that validates with field names relative to a
     * nested object, and reports its errors under the object's path
     * ({@code currency} becomes {@code price.currency}).
     */
    public static <T> T nested(String prefix, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidInputException e) {
            String field = prefix + "." + e.field();
            String message = e.getMessage().startsWith(e.field()) ? prefix + "." + e.getMessage() : e.getMessage();
            throw new InvalidInputException(field, message);
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
