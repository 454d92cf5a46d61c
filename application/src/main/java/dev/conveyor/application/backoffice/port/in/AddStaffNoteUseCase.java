package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.shared.Check;

public interface AddStaffNoteUseCase {

    /**
     * Adds a note to a customer or an order (staff and administrators).
     *
     * @param idempotencyKey null when the client sent none
     * @throws dev.conveyor.domain.shared.NotFoundException CUSTOMER_NOT_FOUND or ORDER_NOT_FOUND
     */
    AddedNote add(Actor actor, AddStaffNoteCommand command, IdempotencyKey idempotencyKey);

    record AddStaffNoteCommand(NoteSubject subject, String body) {

        public AddStaffNoteCommand {
            Check.notNull("subject", subject);
            body = Check.text("body", body, StaffNote.MAX_LENGTH);
        }

        /** What makes two requests the same request, for the idempotency key. */
        public String fingerprint() {
            return subject.kind() + "|" + subject.id() + "|" + body;
        }
    }

    /** @param replayed true when an earlier request with the same key added it */
    record AddedNote(AuthoredNote note, boolean replayed) {
    }
}
