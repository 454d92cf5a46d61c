package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.PaymentView;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase.RecordedPayment;
import dev.conveyor.application.payments.port.in.RefundPaymentUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.InvoiceAccess;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.shared.Money;
import dev.conveyor.domain.user.Role;
import java.util.ArrayList;
import java.util.List;

final class RefundPaymentService implements RefundPaymentUseCase {

    private final PaymentLedgerPort ledger;
    private final InvoiceAccess access;
    private final Refunds refunds;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;

    RefundPaymentService(PaymentLedgerPort ledger, InvoiceAccess access, Refunds refunds,
                         IdempotentExecutor idempotent, EventRecorder events) {
        this.ledger = ledger;
        this.access = access;
        this.refunds = refunds;
        this.idempotent = idempotent;
        this.events = events;
    }

    @Override
    public RecordedPayment refund(Actor actor, PaymentId paymentId, RefundCommand command, IdempotencyKey key) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        Payment payment = ledger.findById(paymentId).orElseThrow(() -> RecordPaymentService.notFound(paymentId));
        access.loadOrder(actor, payment.orderId());
        var outcome = idempotent.execute(actor, key, "refund-payment", paymentId + "|" + command.fingerprint(),
                id -> {
                    List<DomainEvent> recorded = new ArrayList<>();
                    // a retried request reaches the gateway with the same key, so the gateway refunds once
                    Payment refund = refunds.refund(actor, paymentId, command.amount(), command.reason(),
                            new PaymentId(id), "refund-" + id, recorded);
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

    private record Refunded(Payment refund, List<DomainEvent> events) {
    }
}
