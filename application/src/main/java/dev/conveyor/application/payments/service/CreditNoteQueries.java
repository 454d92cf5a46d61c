package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.CreditNoteView;
import dev.conveyor.application.payments.port.in.GetCreditNoteQuery;
import dev.conveyor.application.payments.port.in.ListCreditNotesQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.CreditNoteRepositoryPort;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteId;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.shared.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * Unlike invoices (which show the whole order's price), a credit note's lines name their seller, so a
 * seller may read the part of it that gives back their own lines.
 */
final class CreditNoteQueries implements GetCreditNoteQuery, ListCreditNotesQuery {

    private final CreditNoteRepositoryPort creditNotes;
    private final OrderAccess access;

    CreditNoteQueries(CreditNoteRepositoryPort creditNotes, OrderAccess access) {
        this.creditNotes = creditNotes;
        this.access = access;
    }

    @Override
    public CreditNoteView get(Actor actor, CreditNoteId id) {
        CreditNote note = creditNotes.findById(id).orElseThrow(() -> notFound(id));
        Order order;
        try {
            order = access.load(actor, note.orderId());
        } catch (NotFoundException hidden) {
            throw notFound(id);
        }
        return visible(actor, order, note).orElseThrow(() -> notFound(id));
    }

    @Override
    public List<CreditNoteView> list(Actor actor, OrderId orderId) {
        Order order = access.load(actor, orderId);
        return creditNotes.findByOrder(orderId).stream()
                .flatMap(note -> visible(actor, order, note).stream())
                .toList();
    }

    private Optional<CreditNoteView> visible(Actor actor, Order order, CreditNote note) {
        if (!access.isSellerOnly(actor, order)) {
            return Optional.of(new CreditNoteView(note, order.shippingAddress()));
        }
        if (!note.sellerIds().contains(actor.userId().value())) {
            return Optional.empty();
        }
        return Optional.of(new CreditNoteView(note.linesOf(actor.userId()), order.shippingAddress()));
    }

    static NotFoundException notFound(CreditNoteId id) {
        return new NotFoundException("CREDIT_NOTE_NOT_FOUND", "credit note " + id + " does not exist");
    }
}
