package dev.conveyor.application.payments.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.creditnote.CreditNoteId;

public interface GetCreditNoteQuery {

    /**
     * The order's customer and the back office see all of it, a seller the note's lines that are theirs;
     * anyone else (and a seller none of whose lines it gives back) is told it does not exist.
     */
    CreditNoteView get(Actor actor, CreditNoteId id);
}
