package dev.conveyor.application.payments.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.PaymentLedgerPort;
import dev.conveyor.application.shared.service.PaymentSettlement;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import dev.conveyor.domain.payment.PaymentKind;
import dev.conveyor.domain.payment.PaymentLedger;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives money back from a payment through the gateway that took it, and
 * records the refund. Runs in the caller's transaction: the order's row is
 * locked before the ledger is read, so two refunds of one payment cannot both
 * pass the check of what it can still give back.
 */
final class Refunds {

    private final OrderRepositoryPort orders;
    private final PaymentLedgerPort ledger;
    private final PaymentGateways gateways;
    private final PaymentSettlement settlement;
    private final Clock clock;

    Refunds(OrderRepositoryPort orders, PaymentLedgerPort ledger, PaymentGateways gateways,
            PaymentSettlement settlement, Clock clock) {
        this.orders = orders;
        this.ledger = ledger;
        this.gateways = gateways;
        this.settlement = settlement;
        this.clock = clock;
    }

    /**
     * @param amount         null for everything the payment can still give back
     * @param gatewayKey     the gateway's idempotency key: the same key refunds once
     * @param events         receives the refund's, the invoices' and the order's events
     */
    Payment refund(Actor actor, PaymentId paymentId, Money amount, String reason, PaymentId refundId,
                   String gatewayKey, List<DomainEvent> events) {
        Payment payment = ledger.findById(paymentId).filter(p -> p.kind() == PaymentKind.PAYMENT)
                .orElseThrow(() -> RecordPaymentService.notFound(paymentId));
        Order order = orders.lockById(payment.orderId()).orElseThrow();
        PaymentLedger current = settlement.ledgerOf(order);
        Money refundable = current.refundable(paymentId);
        Money refunded = amount == null ? refundable : amount;
        if (!refunded.currency().equals(refundable.currency())) {
            throw new ConflictException("CURRENCY_MISMATCH", "payment " + paymentId + " was made in "
                    + refundable.currency());
        }
        if (refundable.amountMinor() == 0) {
            throw new ConflictException("NOTHING_TO_REFUND", "payment " + paymentId + " was refunded in full");
        }
        if (refunded.amountMinor() > refundable.amountMinor()) {
            throw new ConflictException("REFUND_EXCEEDS_PAYMENT", "payment " + paymentId + " can give back "
                    + refundable + ", not " + refunded);
        }
        String reference = gateways.of(payment.gateway()).refund(payment.providerReference(), refunded, gatewayKey);
        Instant now = clock.instant();
        Payment refund = payment.refund(refundId, refunded, reference, reason, actor.userId(), now);
        List<DomainEvent> recorded = new ArrayList<>();
        if (ledger.append(refund)) {
            recorded.add(refund.recordedEvent());
        } else {
            // the gateway's webhook reported this very refund first
            refund = ledger.findByProviderReference(payment.gateway(), reference).orElseThrow();
        }
        recorded.addAll(settlement.settle(order, now));
        orders.update(order);
        recorded.addAll(order.pullEvents());
        events.addAll(recorded);
        return refund;
    }

    /** What each of the order's payments can still give back, oldest payment first. */
    List<Payment> refundablePayments(Order order) {
        return settlement.ledgerOf(order).refundablePayments();
    }
}
