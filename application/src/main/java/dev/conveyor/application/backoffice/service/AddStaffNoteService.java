package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.AddStaffNoteUseCase;
import dev.conveyor.application.backoffice.port.in.StaffNote;
import dev.conveyor.application.backoffice.port.out.StaffNotesPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import java.time.Clock;

final class AddStaffNoteService implements AddStaffNoteUseCase {

    private final StaffNotesPort notes;
    private final NoteSubjects subjects;
    private final IdempotentExecutor idempotent;
    private final Clock clock;

    AddStaffNoteService(StaffNotesPort notes, NoteSubjects subjects, IdempotentExecutor idempotent, Clock clock) {
        this.notes = notes;
        this.subjects = subjects;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Override
    public AddedNote add(Actor actor, AddStaffNoteCommand command, IdempotencyKey key) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        var outcome = idempotent.execute(actor, key, "add-staff-note", command.fingerprint(), id -> {
            subjects.requireExists(command.subject());
            StaffNote note = new StaffNote(id, command.subject(), actor.userId(), command.body(), clock.instant());
            notes.insert(note);
            return note;
        });
        if (outcome.replayed()) {
            StaffNote first = notes.findById(outcome.resourceId()).orElseThrow(() -> new NotFoundException(
                    "NOTE_NOT_FOUND", "the note this Idempotency-Key added is gone"));
            return new AddedNote(subjects.authored(first), true);
        }
        return new AddedNote(subjects.authored(outcome.created()), false);
    }
}
