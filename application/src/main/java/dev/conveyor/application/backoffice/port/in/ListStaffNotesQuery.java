package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;

public interface ListStaffNotesQuery {

    /**
     * The notes on a customer or an order, newest first (staff and administrators).
     *
     * @throws dev.conveyor.domain.shared.NotFoundException CUSTOMER_NOT_FOUND or ORDER_NOT_FOUND
     */
    Page<AuthoredNote> list(Actor actor, NoteSubject subject, PageRequest page);
}
