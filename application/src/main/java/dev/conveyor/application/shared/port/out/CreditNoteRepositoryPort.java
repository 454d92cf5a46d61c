package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteId;
import dev.conveyor.domain.order.OrderId;
import java.util.List;
import java.util.Optional;

/** Credit notes, written once and never changed. */
public interface CreditNoteRepositoryPort {

    /** The next credit note sequence number: unique, increasing, never reused (gaps are allowed). */
    long nextSequence();

    void insert(CreditNote note);

    Optional<CreditNote> findById(CreditNoteId id);

    /** The order's credit notes, oldest first. */
    List<CreditNote> findByOrder(OrderId orderId);
}
