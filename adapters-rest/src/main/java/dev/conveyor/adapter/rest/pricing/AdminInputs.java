package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** Dates, instants and amounts of the pricing administration's bodies, refused naming their member. */
final class AdminInputs {

    private AdminInputs() {
    }

    static LocalDate optionalDate(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date such as 2027-01-01");
        }
    }

    static Instant optionalInstant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be an instant such as 2027-01-01T00:00:00Z");
        }
    }

    static Long optionalLong(String field, BigDecimal value) {
        return value == null ? null : Inputs.wholeLong(field, value);
    }

    /**
     * Runs a core constructor whose field names differ from the body's: each {@code from} prefix of a
     * refused field is reported as {@code to} ({@code shipping.amount} as {@code rule.amount}).
     */
    static <T> T renamed(String from, String to, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidInputException e) {
            if (e.field() == null || !e.field().startsWith(from)) {
                throw e;
            }
            String field = to + e.field().substring(from.length());
            throw new InvalidInputException(field, e.getMessage().replace(e.field(), field));
        }
    }
}
