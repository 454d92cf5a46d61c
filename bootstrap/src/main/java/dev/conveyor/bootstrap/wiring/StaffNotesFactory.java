package dev.conveyor.bootstrap.wiring;

import dev.conveyor.application.backoffice.port.in.AddStaffNoteUseCase;
import dev.conveyor.application.backoffice.port.in.ListStaffNotesQuery;
import dev.conveyor.application.backoffice.port.out.StaffNotesPort;
import dev.conveyor.application.backoffice.service.StaffNoteServices;
import dev.conveyor.application.shared.service.SharedServices;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Staff notes on customers and orders as beans. */
@Factory
public class StaffNotesFactory {

    @Singleton
    StaffNoteServices staffNoteServices(SharedServices shared, StaffNotesPort notes) {
        return new StaffNoteServices(shared, notes);
    }

    @Singleton
    AddStaffNoteUseCase addStaffNote(StaffNoteServices notes) {
        return notes.add();
    }

    @Singleton
    ListStaffNotesQuery listStaffNotes(StaffNoteServices notes) {
        return notes.list();
    }
}
