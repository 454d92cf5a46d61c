package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.PaymentView;
import dev.conveyor.application.payments.port.in.RecordPaymentUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.port.out.InvoiceRepositoryPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.application.shared.service.InvoiceAccess;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.invoice.Invoice;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentLedger;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

final class RecordPaymentService implements RecordPaymentUseCase {

    private final OrderRepositoryPort orders;
    private final InvoiceRepositoryPort invoices;
    private final PaymentLedgerPort ledger;
    private final InvoiceAccess access;
    private final PaymentSettlement settlement;
    private final IdempotentExecutor idempotent;
    private final EventRecorder events;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    RecordPaymentService(OrderRepositoryPort orders, InvoiceRepositoryPort invoices, PaymentLedgerPort ledger,
                         InvoiceAccess access, PaymentSettlement settlement, IdempotentExecutor idempotent,
                         EventRecorder events, Clock clock) {
        this.orders = orders;
        this.invoices = invoices;
        this.ledger = ledger;
        this.access = access;
        this.settlement = settlement;
        this.idempotent = idempotent;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public RecordedPayment record(Actor actor, OrderId orderId, RecordPaymentCommand command, IdempotencyKey key) {
        actor.requireRole(Role.STAFF, Role.ADMIN);
        var outcome = idempotent.execute(actor, key, "record-payment", orderId + "|" + command.fingerprint(),
                id -> recordInTransaction(actor, orderId, command, new PaymentId(id)));
        if (outcome.replayed()) {
            Payment existing = ledger.findById(new PaymentId(outcome.resourceId())).orElseThrow();
            Order order = access.loadOrder(actor, existing.orderId());
            return new RecordedPayment(PaymentView.of(existing, settlement.ledgerOf(order).refundable(existing.id())),
                    true);
        }
        Recorded recorded = outcome.created();
        events.committed(recorded.events());
        return new RecordedPayment(recorded.view(), false);
    }

    private Recorded recordInTransaction(Actor actor, OrderId orderId, RecordPaymentCommand command, PaymentId id) {
        access.loadOrder(actor, orderId);
        Order order = orders.lockById(orderId).orElseThrow();
        if (order.status().isFinal()) {
            throw new ConflictException("ORDER_CLOSED", "order " + order.number() + " is " + order.status()
                    + "; it takes no more payments");
        }
        if (!command.amount().currency().equals(order.total().currency())) {
            throw new InvalidInputException("amount.currency", "order " + order.number() + " is paid in "
                    + order.total().currency());
        }
        if (command.invoiceId() != null) {
            Invoice invoice = invoices.findById(command.invoiceId())
                    .filter(i -> i.orderId().equals(orderId))
                    .orElseThrow(() -> new InvalidInputException("invoiceId", "order " + order.number()
                            + " has no invoice " + command.invoiceId()));
            if (invoice.isVoid()) {
                throw new ConflictException("INVOICE_VOID", "invoice " + invoice.number() + " is void");
            }
        }
        Instant now = clock.instant();
        Payment payment = Payment.received(id, orderId, order.customerId(), command.invoiceId(), command.method(),
                PaymentGateways.MANUAL, command.amount(), null, command.reference(), command.note(), actor.userId(),
                now);
        ledger.append(payment);
        List<DomainEvent> recorded = new ArrayList<>();
        recorded.add(payment.recordedEvent());
        recorded.addAll(settlement.settle(order, now));
        orders.update(order);
        recorded.addAll(order.pullEvents());
        events.append(actor, recorded);
        PaymentLedger after = settlement.ledgerOf(order);
        return new Recorded(PaymentView.of(payment, after.refundable(id)), recorded);
    }

    static NotFoundException notFound(PaymentId id) {
        return new NotFoundException("PAYMENT_NOT_FOUND", "payment " + id + " does not exist");
    }

    private record Recorded(PaymentView view, List<DomainEvent> events) {
    }
}
