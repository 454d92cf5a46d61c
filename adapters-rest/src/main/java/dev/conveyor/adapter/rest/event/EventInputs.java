package dev.conveyor.adapter.rest.event;

import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Query parameters of the event routes that the shared input helpers do not cover. */
final class EventInputs {

    private EventInputs() {
    }

    /** A position; absent means {@code null}. */
    static Long optionalPosition(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(value.strip());
            if (position < 0) {
                throw new InvalidInputException(field, field + " must not be negative");
            }
            return position;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a position (a whole number)");
        }
    }

    /** An ISO-8601 instant, or a date meaning its start in UTC; absent means {@code null}. */
    static Instant optionalInstant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be an ISO-8601 instant or date");
        }
    }
}
