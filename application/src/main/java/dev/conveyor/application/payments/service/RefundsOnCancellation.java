package dev.conveyor.application.payments.service;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.CancellationHooks;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.payment.Payment;
import dev.conveyor.domain.payment.PaymentId;
import java.util.ArrayList;
import java.util.List;

/**
 * What was paid for a cancelled order goes back through the gateway that took
 * each payment. A refund that fails leaves its payment refundable by staff;
 * the order stays cancelled.
 */
final class RefundsOnCancellation implements CancellationHooks {

    private static final System.Logger LOG = System.getLogger(RefundsOnCancellation.class.getName());

    private final Refunds refunds;
    private final EventRecorder events;
    private final TransactionPort transactions;

    RefundsOnCancellation(Refunds refunds, EventRecorder events, TransactionPort transactions) {
        this.refunds = refunds;
        this.events = events;
        this.transactions = transactions;
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
