package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.CreditNoteView;
import dev.conveyor.application.payments.port.in.PaymentView;
import dev.conveyor.application.payments.port.in.RefundOrderUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.CreditNoteRepositoryPort;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
    private final PaymentLedgerPort entries;
    private final InvoiceAccess access;
    private final PaymentSettlement settlement;
    private final Refunds refunds;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    RefundOrderService(OrderRepositoryPort orders, InvoiceRepositoryPort invoices,
                       CreditNoteRepositoryPort creditNotes, PaymentLedgerPort entries, InvoiceAccess access,
                       PaymentSettlement settlement,
                       Refunds refunds, IdempotentExecutor idempotent, EventRecorder events, Clock clock) {
        this.orders = orders;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.entries = entries;
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
                id -> issue(actor, orderId, command, id, gatewayKeys));
        if (outcome.replayed()) {
            CreditNote existing = creditNotes.findById(new CreditNoteId(outcome.resourceId())).orElse(null);
            List<Payment> ofOrder = entries.findByOrder(orderId);
            Set<PaymentId> made = ofOrder.stream().map(entry -> refundId(outcome.resourceId(), entry.id()))
                    .collect(Collectors.toSet());
            return new Refunded(existing == null ? null : new CreditNoteView(existing, visible.shippingAddress()),
                    ofOrder.stream().filter(entry -> made.contains(entry.id())).map(RefundOrderService::viewOf)
                            .toList(), true);
        }
        Issued issued = outcome.created();
        events.committed(issued.events());
        return new Refunded(issued.note() == null ? null : new CreditNoteView(issued.note(), visible.shippingAddress()),
                issued.refunds().stream().map(RefundOrderService::viewOf).toList(), false);
    }

    private Issued issue(Actor actor, OrderId orderId, RefundOrderCommand command, UUID id, String gatewayKeys) {
        Order order = orders.lockById(orderId).orElseThrow();
        PaymentLedger ledger = settlement.ledgerOf(order);
        CreditNote.Request asked = command.request();
        // an amount gives back first what was paid beyond what is due (an edit or a cancellation lowered the
        // order): that money paid for no goods, so no credit note corrects it; only the rest is goodwill
        long overpayment = Math.min(asked.goodwill(), RefundPaymentService.overpaid(ledger));
        CreditNote note = null;
        if (!asked.units().isEmpty() || asked.shipping() || asked.goodwill() > overpayment) {
            note = CreditNote.issue(new CreditNoteId(id), creditNotes.nextSequence(), order,
                    invoices.findByOrder(orderId), creditNotes.findByOrder(orderId),
                    new CreditNote.Request(asked.units(), asked.shipping(), asked.goodwill() - overpayment),
                    command.reason(), actor.userId(), clock.instant());
        }
        List<Payment> payments = ledger.refundablePayments().stream()
                .sorted(Comparator.comparing(Payment::recordedAt).reversed()).toList();
        long refundable = payments.stream().mapToLong(p -> ledger.refundable(p.id()).amountMinor()).sum();
        long left = overpayment + (note == null ? 0 : note.total().amountMinor());
        String currency = ledger.due().currency();
        if (refundable == 0 && left > 0) {
            throw new ConflictException("NOTHING_TO_REFUND", "order " + order.number() + " has nothing paid to give back");
        }
        if (left > refundable) {
            throw new ConflictException("REFUND_EXCEEDS_PAID", (command.amountMinor() == null ? "lines" : "amountMinor")
                    + ": order " + order.number() + " can give back " + Money.of(refundable, currency)
                    + " of what was paid, not " + Money.of(left, currency));
        }
        if (note != null) {
            // before the refunds, so that their settlement counts the note in what the order is due
            creditNotes.insert(note);
        }
        List<DomainEvent> recorded = new ArrayList<>();
        List<Payment> made = new ArrayList<>();
        String reason = note == null ? command.reason() : reasonOf(note, command.reason());
        for (Payment payment : payments) {
            if (left == 0) {
                break;
            }
            long take = Math.min(left, ledger.refundable(payment.id()).amountMinor());
            PaymentId refundId = refundId(id, payment.id());
            String gatewayKey = "refund-" + (gatewayKeys == null ? refundId.toString() : gatewayKeys + "-" + payment.id());
            made.add(refunds.refund(actor, payment.id(), Money.of(take, currency), reason, refundId, gatewayKey,
                    recorded));
            left -= take;
        }
        if (note != null) {
            recorded.addAll(note.pullEvents());
        }
        events.append(actor, recorded);
        return new Issued(note, made, recorded);
    }

    /** The refund a request takes from a payment: found again from the request's id when it is replayed. */
    private static PaymentId refundId(UUID request, PaymentId payment) {
        return new PaymentId(UUID.nameUUIDFromBytes((request + "|" + payment).getBytes(StandardCharsets.UTF_8)));
    }

    private static PaymentView viewOf(Payment refund) {
        return PaymentView.of(refund, Money.zero(refund.amount().currency()));
    }

    /** The refund's note in the ledger names its credit note. */
    static String reasonOf(CreditNote note, String reason) {
        return reason == null ? note.number().value() : note.number() + ": " + reason;
    }

    /** @param note null when all of it gave back an overpayment */
    private record Issued(CreditNote note, List<Payment> refunds, List<DomainEvent> events) {
    }
}
