package dev.conveyor.adapter.rest.admin;

import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.backoffice.port.in.AddStaffNoteUseCase.AddStaffNoteCommand;
import dev.conveyor.application.backoffice.port.in.AuthoredNote;
import dev.conveyor.application.backoffice.port.in.NoteSubject;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** Bodies of the staff-note routes, shared by the customer's and the order's. */
final class StaffNoteBodies {

    private StaffNoteBodies() {
    }

    @Serdeable
    record StaffNoteRequest(@Nullable @Schema(maxLength = 2000) String body) implements JsonRequest {

        AddStaffNoteCommand toCommand(NoteSubject subject) {
            return new AddStaffNoteCommand(subject, body);
        }
    }

    /** @param authorName the author's name, else e-mail; null once their account is deleted */
    @Serdeable
    record StaffNoteResponse(UUID id, String body, UUID authorId, @Nullable String authorName, Instant createdAt) {

        static StaffNoteResponse of(AuthoredNote authored) {
            return new StaffNoteResponse(authored.note().id(), authored.note().body(),
                    authored.note().author().value(), authored.authorName(), authored.note().createdAt());
        }
    }
}
