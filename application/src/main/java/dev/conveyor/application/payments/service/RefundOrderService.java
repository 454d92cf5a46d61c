package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.CreditNoteView;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.payments.port.out.CreditNoteRepositoryPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.Hashing;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.InvoiceAccess;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentLedger;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Ids;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives back what a credit note says, from the order's payments the most recent first (the money the
 * customer sent last, often the card they still hold), each through the gateway that took it. The
 * order's row is locked first, so concurrent refunds of one order see each other's credit notes and
 * ledger entries: never more than was paid per order, never more than a line's gross per line.
 */
final class RefundOrderService implements RefundOrderUseCase {

    private final OrderRepositoryPort orders;
    private final InvoiceRepositoryPort invoices;
    private final CreditNoteRepositoryPort creditNotes;
    private final InvoiceAccess access;
    private final PaymentSettlement settlement;
    private final Refunds refunds;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    RefundOrderService(OrderRepositoryPort orders, InvoiceRepositoryPort invoices,
                       CreditNoteRepositoryPort creditNotes, InvoiceAccess access, PaymentSettlement settlement,
                       Refunds refunds, IdempotentExecutor idempotent, EventRecorder events, Clock clock) {
        this.orders = orders;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.access = access;
        this.settlement = settlement;
        this.refunds = refunds;
        this.idempotent = idempotent;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Refunded refund(Actor actor, OrderId orderId, RefundOrderCommand command, IdempotencyKey key) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        Order visible = access.loadOrder(actor, orderId);
        // a retry after a failure (nothing committed, so a new credit note id) must reach each gateway with
        // the keys of the first attempt, so the gateway gives the money back once
        String gatewayKeys = key == null ? null : Hashing.sha256(actor.userId() + "|" + key.value()).substring(0, 32);
        var outcome = idempotent.execute(actor, key, "refund-order", orderId + "|" + command.fingerprint(),
                id -> issue(actor, orderId, command, new CreditNoteId(id), gatewayKeys));
        if (outcome.replayed()) {
            CreditNote existing = creditNotes.findById(new CreditNoteId(outcome.resourceId())).orElseThrow();
            return new Refunded(new CreditNoteView(existing, visible.shippingAddress()), true);
        }
        events.committed(outcome.created().events());
        return new Refunded(new CreditNoteView(outcome.created().note(), visible.shippingAddress()), false);
    }

    private Issued issue(Actor actor, OrderId orderId, RefundOrderCommand command, CreditNoteId id,
                         String gatewayKeys) {
        Order order = orders.lockById(orderId).orElseThrow();
        CreditNote note = CreditNote.issue(id, creditNotes.nextSequence(), order, invoices.findByOrder(orderId),
                creditNotes.findByOrder(orderId), command.request(), command.reason(), actor.userId(),
                clock.instant());
        PaymentLedger ledger = settlement.ledgerOf(order);
        List<Payment> payments = ledger.refundablePayments().stream()
                .sorted(Comparator.comparing(Payment::recordedAt).reversed()).toList();
        long refundable = payments.stream().mapToLong(p -> ledger.refundable(p.id()).amountMinor()).sum();
        long left = note.total().amountMinor();
        if (refundable == 0 && left > 0) {
            throw new ConflictException("NOTHING_TO_REFUND", "order " + order.number() + " has nothing paid to give back");
        }
        if (left > refundable) {
            throw new ConflictException("REFUND_EXCEEDS_PAID", (command.amountMinor() == null ? "lines" : "amountMinor")
                    + ": order " + order.number() + " can give back " + Money.of(refundable, note.currency())
                    + " of what was paid, not " + note.total());
        }
        List<DomainEvent> recorded = new ArrayList<>();
        for (Payment payment : payments) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, ledger.refundable(payment.id()).amountMinor());
            PaymentId refundId = new PaymentId(Ids.newId());
            String gatewayKey = "refund-" + (gatewayKeys == null ? refundId.toString() : gatewayKeys + "-" + payment.id());
            refunds.refund(actor, payment.id(), Money.of(take, note.currency()),
                    reasonOf(note, command.reason()), refundId, gatewayKey, recorded);
            left -= take;
        }
        creditNotes.insert(note);
        recorded.addAll(note.pullEvents());
        events.append(actor, recorded);
        return new Issued(note, recorded);
    }

    /** The refund's note in the ledger names its credit note. */
    static String reasonOf(CreditNote note, String reason) {
        return reason == null ? note.number().value() : note.number() + ": " + reason;
    }

    private record Issued(CreditNote note, List<DomainEvent> events) {
    }
}
