package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.AddStaffNoteUseCase;
import dev.conveyor.application.backoffice.port.in.ListStaffNotesQuery;
import dev.conveyor.application.backoffice.port.out.StaffNotesPort;
import dev.conveyor.application.shared.service.SharedServices;

/** Staff notes on customers and orders, in plain Java. */
public final class StaffNoteServices {

    private final AddStaffNoteUseCase add;
    private final ListStaffNotesQuery list;

    public StaffNoteServices(SharedServices shared, StaffNotesPort notes) {
        NoteSubjects subjects = new NoteSubjects(shared.ports().users(), shared.ports().orders());
        add = new AddStaffNoteService(notes, subjects, shared.idempotent(), shared.clock());
        list = new ListStaffNotesService(notes, subjects);
    }

    public AddStaffNoteUseCase add() {
        return add;
    }

    public ListStaffNotesQuery list() {
        return list;
    }
}
