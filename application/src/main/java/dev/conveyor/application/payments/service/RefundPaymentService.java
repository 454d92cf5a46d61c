package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.PaymentView;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordedPayment;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.CreditNoteRepositoryPort;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.InvoiceAccess;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.creditnote.CreditNote;
import dev.conveyor.domain.creditnote.CreditNoteId;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentKind;
import dev.conveyor.domain.payment.PaymentLedger;
import dev.conveyor.domain.shared.Ids;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives back money of one payment. The part that pays back goods or invoiced amounts comes with a goodwill credit
 * note (split over the order's tax rates), so that invoices minus credit notes stay what the customer paid for; the
 * part that returns an overpayment (more received than the order is worth after its credit notes) needs none.
 */
final class RefundPaymentService implements RefundPaymentUseCase {

    private final OrderRepositoryPort orders;
    private final InvoiceRepositoryPort invoices;
    private final CreditNoteRepositoryPort creditNotes;
    private final PaymentLedgerPort ledger;
    private final InvoiceAccess access;
    private final PaymentSettlement settlement;
    private final Refunds refunds;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    RefundPaymentService(OrderRepositoryPort orders, InvoiceRepositoryPort invoices,
                         CreditNoteRepositoryPort creditNotes, PaymentLedgerPort ledger, InvoiceAccess access,
                         PaymentSettlement settlement, Refunds refunds, IdempotentExecutor idempotent,
                         EventRecorder events, Clock clock) {
        this.orders = orders;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.ledger = ledger;
        this.access = access;
        this.settlement = settlement;
        this.refunds = refunds;
        this.idempotent = idempotent;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RecordedPayment refund(Actor actor, PaymentId paymentId, RefundCommand command, IdempotencyKey key) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        Payment payment = ledger.findById(paymentId).orElseThrow(() -> RecordPaymentService.notFound(paymentId));
        access.loadOrder(actor, payment.orderId());
        var outcome = idempotent.execute(actor, key, "refund-payment", paymentId + "|" + command.fingerprint(),
                id -> {
                    List<DomainEvent> recorded = new ArrayList<>();
                    Optional<CreditNote> note = creditNoteFor(actor, payment, command);
                    // the note first, so that the refund's settlement counts it in what the order is due
                    note.ifPresent(creditNotes::insert);
                    // a retried request reaches the gateway with the same key, so the gateway refunds once
                    Payment refund = refunds.refund(actor, paymentId, command.amount(),
                            note.map(issued -> RefundOrderService.reasonOf(issued, command.reason()))
                                    .orElse(command.reason()),
                            new PaymentId(id), "refund-" + id, recorded);
                    note.ifPresent(issued -> recorded.addAll(issued.pullEvents()));
                    events.append(actor, recorded);
                    return new Refunded(refund, recorded);
                });
        if (outcome.replayed()) {
            Payment existing = ledger.findById(new PaymentId(outcome.resourceId())).orElseThrow();
            return new RecordedPayment(PaymentView.of(existing, Money.zero(existing.amount().currency())), true);
        }
        events.committed(outcome.created().events());
        Payment refund = outcome.created().refund();
        return new RecordedPayment(PaymentView.of(refund, Money.zero(refund.amount().currency())), false);
    }

    /**
     * Under the order's lock, before the refund: the credit note for the part of the amount that is not an
     * overpayment. Empty when all of it is, or when the refund is refused anyway (the refund says why).
     */
    private Optional<CreditNote> creditNoteFor(Actor actor, Payment payment, RefundCommand command) {
        if (payment.kind() != PaymentKind.PAYMENT) {
            return Optional.empty();
        }
        Order order = orders.lockById(payment.orderId()).orElseThrow();
        PaymentLedger before = settlement.ledgerOf(order);
        Money refundable = before.refundable(payment.id());
        Money amount = command.amount() == null ? refundable : command.amount();
        if (!amount.currency().equals(refundable.currency()) || amount.amountMinor() > refundable.amountMinor()) {
            return Optional.empty();
        }
        long forGoods = amount.amountMinor() - Math.min(amount.amountMinor(), overpaid(before));
        if (forGoods == 0) {
            return Optional.empty();
        }
        return Optional.of(CreditNote.issue(new CreditNoteId(Ids.newId()), creditNotes.nextSequence(), order,
                invoices.findByOrder(order.id()), creditNotes.findByOrder(order.id()), new CreditNote.Request(Map.of(), false, forGoods),
                command.reason(), actor.userId(), clock.instant()));
    }

    /** What was paid beyond what the order is due, credit notes taken off: giving it back credits no goods. */
    static long overpaid(PaymentLedger ledger) {
        return Math.max(0, -ledger.balance().amountMinor());
    }

    private record Refunded(Payment refund, List<DomainEvent> events) {
    }
}
