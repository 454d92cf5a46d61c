package dev.conveyor.application.service;

import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.out.TransactionPort;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A cancelled order's pending deliveries are cancelled with it; what was paid
 * goes back through the gateway that took each payment. A refund that fails
 * leaves its payment refundable by staff; the order stays cancelled.
 */
final class CancellationFollowUp implements CancellationHooks {

    private static final System.Logger LOG = System.getLogger(CancellationFollowUp.class.getName());

    private final DeliveryWorkflow deliveries;
    private final Refunds refunds;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    CancellationFollowUp(DeliveryWorkflow deliveries, Refunds refunds, EventRecorder events,
                         TransactionPort transactions, Clock clock) {
        this.deliveries = deliveries;
        this.refunds = refunds;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<DomainEvent> whileCancelling(Actor actor, Order cancelled) {
        List<DomainEvent> recorded = new ArrayList<>();
        deliveries.stopPending(cancelled, clock.instant(), recorded);
        return recorded;
    }

    @Override
    public void afterCancelled(Actor actor, Order cancelled) {
        for (Payment payment : refunds.refundablePayments(cancelled)) {
            try {
                List<DomainEvent> recorded = transactions.inTransaction(() -> {
                    List<DomainEvent> changes = new ArrayList<>();
                    // one key per payment: running this again never refunds a payment twice
                    refunds.refund(actor, payment.id(), null, "order " + cancelled.number() + " was cancelled",
                            PaymentId.newId(), "cancel-" + payment.id(), changes);
                    events.append(actor, changes);
                    return changes;
                });
                events.committed(recorded);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "refund of payment " + payment.id() + " for cancelled order "
                        + cancelled.number() + " failed; staff can refund it from the ledger", e);
            }
        }
    }
}
