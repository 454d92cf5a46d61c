package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.AuthoredNote;
import dev.conveyor.application.backoffice.port.in.ListStaffNotesQuery;
import dev.conveyor.application.backoffice.port.in.NoteSubject;
import dev.conveyor.application.backoffice.port.out.StaffNotesPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.user.Role;

final class ListStaffNotesService implements ListStaffNotesQuery {

    private final StaffNotesPort notes;
    private final NoteSubjects subjects;

    ListStaffNotesService(StaffNotesPort notes, NoteSubjects subjects) {
        this.notes = notes;
        this.subjects = subjects;
    }

    @Override
    public Page<AuthoredNote> list(Actor actor, NoteSubject subject, PageRequest page) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        subjects.requireExists(subject);
        return notes.find(subject, page).map(subjects::authored);
    }
}
