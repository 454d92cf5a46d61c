package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A note staff keep about a customer or an order, for each other: never shown to customers or sellers, and
 * never an event (events reach the order's customer).
 *
 * @param author the staff member who wrote it
 */
public record StaffNote(UUID id, NoteSubject subject, UserId author, String body, Instant createdAt) {

    public static final int MAX_LENGTH = 2000;

    public StaffNote {
        Check.notNull("id", id);
        Check.notNull("subject", subject);
        Check.notNull("author", author);
        body = Check.text("body", body, MAX_LENGTH);
        Check.notNull("createdAt", createdAt);
    }
}
