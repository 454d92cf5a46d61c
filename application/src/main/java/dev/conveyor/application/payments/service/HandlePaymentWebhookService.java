package dev.conveyor.application.payments.service;

import dev.conveyor.application.payments.port.in.HandlePaymentWebhookUseCase;
import dev.conveyor.application.payments.port.out.PaymentAttemptPort;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.GatewayEvent;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.PaymentFailed;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.PaymentRefunded;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort.PaymentSucceeded;
import dev.conveyor.application.payments.port.out.PaymentGatewayPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentAttempt;
import dev.conveyor.domain.payment.PaymentAttemptStatus;
import dev.conveyor.domain.payment.PaymentEvents;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentMethod;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies gateway reports so that any number of repetitions, in any order,
 * end in the state one report of each in order gives: ledger entries are keyed
 * by the gateway's references (written at most once), attempt statuses only
 * move forward, and a refund report also records the payment it refunds.
 * Each report is one transaction under the order's lock.
 */
final class HandlePaymentWebhookService implements HandlePaymentWebhookUseCase {

    private final PaymentGateways gateways;
    private final OrderRepositoryPort orders;
    private final PaymentLedgerPort ledger;
    private final PaymentAttemptPort attempts;
    private final PaymentSettlement settlement;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    HandlePaymentWebhookService(PaymentGateways gateways, OrderRepositoryPort orders, PaymentLedgerPort ledger,
                                PaymentAttemptPort attempts, PaymentSettlement settlement, EventRecorder events,
                                TransactionPort transactions, Clock clock) {
        this.gateways = gateways;
        this.orders = orders;
        this.ledger = ledger;
        this.attempts = attempts;
        this.settlement = settlement;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void handle(String gatewayName, String payload, String signature, String correlationId) {
        PaymentGatewayPort gateway = gateways.forWebhook(gatewayName);
        List<GatewayEvent> reported = gateway.readWebhook(payload, signature);
        Actor system = Actor.system(correlationId);
        for (GatewayEvent event : reported) {
            List<DomainEvent> recorded = transactions.inTransaction(() -> apply(system, gateway.name(), event));
            events.committed(recorded);
        }
    }

    private List<DomainEvent> apply(Actor system, String gateway, GatewayEvent event) {
        Instant now = clock.instant();
        List<DomainEvent> recorded = new ArrayList<>();
        if (event instanceof PaymentSucceeded succeeded) {
            Order order = lock(gateway, succeeded.orderId(), succeeded.reference());
            attempts.record(attempt(order.id(), gateway, succeeded.reference(), succeeded.amount(),
                    PaymentAttemptStatus.SUCCEEDED, null, now));
            paymentOf(order, gateway, succeeded.reference(), succeeded.amount(), now, recorded);
            settle(order, now, recorded);
        } else if (event instanceof PaymentFailed failed) {
            Order order = lock(gateway, failed.orderId(), failed.reference());
            boolean firstFailure = attempts.findByReference(gateway, failed.reference())
                    .map(known -> PaymentAttemptStatus.FAILED.replaces().contains(known.status()))
                    .orElse(true);
            PaymentAttempt attempt = attempt(order.id(), gateway, failed.reference(), failed.amount(),
                    PaymentAttemptStatus.FAILED, failed.message(), now);
            attempts.record(attempt);
            if (firstFailure) {
                recorded.add(new PaymentEvents.PaymentFailed(attempt, order.customerId().value(),
                        order.number().value()));
            }
        } else if (event instanceof PaymentRefunded refunded) {
            Order order = lock(gateway, refunded.orderId(), refunded.paymentReference());
            attempts.record(attempt(order.id(), gateway, refunded.paymentReference(), refunded.captured(),
                    PaymentAttemptStatus.SUCCEEDED, null, now));
            Payment payment = paymentOf(order, gateway, refunded.paymentReference(), refunded.captured(), now,
                    recorded);
            for (PaymentGatewayPort.Refund refund : refunded.refunds()) {
                if (ledger.findByProviderReference(gateway, refund.reference()).isEmpty()) {
                    Money amount = atMostRefundable(order, payment, requireCurrency(order, refund.amount()));
                    if (amount.amountMinor() == 0) {
                        continue;
                    }
                    Payment entry = payment.refund(PaymentId.newId(), amount, refund.reference(),
                            "refunded at the payment gateway", null, now);
                    if (ledger.append(entry)) {
                        recorded.add(entry.recordedEvent());
                    }
                }
            }
            settle(order, now, recorded);
        }
        events.append(system, recorded);
        return recorded;
    }

    /** The payment the gateway took, recorded once whichever report names it first. */
    private Payment paymentOf(Order order, String gateway, String reference, Money amount, Instant now,
                              List<DomainEvent> recorded) {
        Optional<Payment> known = ledger.findByProviderReference(gateway, reference);
        if (known.isPresent()) {
            return known.get();
        }
        Payment payment = Payment.received(PaymentId.newId(), order.id(), order.customerId(), null,
                PaymentMethod.CARD, gateway, requireCurrency(order, amount), reference, null, null, null, now);
        if (!ledger.append(payment)) {
            return ledger.findByProviderReference(gateway, reference).orElseThrow();
        }
        recorded.add(payment.recordedEvent());
        return payment;
    }

    /**
     * A report can claim more than the payment can still give back (the gateway's own check aside, anyone
     * holding the webhook secret can sign one): the ledger records at most what is left, so a payment never
     * goes below zero.
     */
    private Money atMostRefundable(Order order, Payment payment, Money reported) {
        Money refundable = settlement.ledgerOf(order).refundable(payment.id());
        return reported.amountMinor() <= refundable.amountMinor() ? reported : refundable;
    }

    private void settle(Order order, Instant now, List<DomainEvent> recorded) {
        recorded.addAll(settlement.settle(order, now));
        orders.update(order);
        recorded.addAll(order.pullEvents());
    }

    /** The order a report concerns: from the report, or from what was recorded of the payment before. */
    private Order lock(String gateway, OrderId reported, String reference) {
        OrderId orderId = Optional.ofNullable(reported)
                .or(() -> attempts.findByReference(gateway, reference).map(PaymentAttempt::orderId))
                .or(() -> ledger.findByProviderReference(gateway, reference).map(Payment::orderId))
                .orElseThrow(() -> unknown(reference));
        return orders.lockById(orderId).orElseThrow(() -> unknown(reference));
    }

    private static Money requireCurrency(Order order, Money amount) {
        if (!amount.currency().equals(order.total().currency())) {
            throw new ConflictException("CURRENCY_MISMATCH", "order " + order.number() + " is paid in "
                    + order.total().currency() + ", the gateway reported " + amount.currency());
        }
        return amount;
    }

    private static PaymentAttempt attempt(OrderId orderId, String gateway, String reference, Money amount,
                                          PaymentAttemptStatus status, String message, Instant now) {
        return new PaymentAttempt(null, orderId, gateway, reference, amount, status, message, now, now);
    }

    private static ConflictException unknown(String reference) {
        return new ConflictException("UNKNOWN_PAYMENT", "no order is known for payment " + reference
                + " yet; report it again later");
    }
}
