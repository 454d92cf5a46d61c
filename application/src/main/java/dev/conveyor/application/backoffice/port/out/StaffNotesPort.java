package dev.conveyor.application.backoffice.port.out;

import dev.conveyor.application.backoffice.port.in.NoteSubject;
import dev.conveyor.application.backoffice.port.in.StaffNote;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Staff notes on customers and orders; they are only ever added. */
public interface StaffNotesPort {

    void insert(StaffNote note);

    Optional<StaffNote> findById(UUID id);

    /** @return the subject's notes, newest first */
    Page<StaffNote> find(NoteSubject subject, PageRequest page);
}
