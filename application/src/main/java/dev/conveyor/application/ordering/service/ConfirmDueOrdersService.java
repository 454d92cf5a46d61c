package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Confirms orders whose cancellation window closed. Every instance runs it and
 * the database decides who confirms what: each batch claims its due orders in
 * the confirming transaction (on PostgreSQL rows locked by another instance are
 * skipped, and those of an instance that dies are free again the moment its
 * connection ends), and each confirmation is a version-checked update, so an
 * order is confirmed exactly once.
 */
final class ConfirmDueOrdersService implements ConfirmDueOrdersUseCase {

    static final int BATCH = 200;

    private final OrderRepositoryPort orders;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    ConfirmDueOrdersService(OrderRepositoryPort orders, EventRecorder events, TransactionPort transactions,
                            Clock clock) {
        this.orders = orders;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int confirmDueOrders() {
        int confirmed = 0;
        Batch batch;
        do {
            batch = confirmBatch();
            events.committed(batch.events());
            confirmed += batch.confirmed();
        } while (batch.found() == BATCH && batch.confirmed() > 0);
        return confirmed;
    }

    private Batch confirmBatch() {
        Actor system = Actor.system(UUID.randomUUID().toString());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            List<Order> due = orders.findDueForConfirmation(now, BATCH);
            List<DomainEvent> recorded = new ArrayList<>();
            int confirmed = 0;
            for (Order order : due) {
                order.confirm(now);
                try {
                    orders.update(order);
                    recorded.addAll(order.pullEvents());
                    confirmed++;
                } catch (ConcurrentModificationException cancelledOrConfirmedMeanwhile) {
                    // the other writer's change stands; nothing to confirm here
                }
            }
            events.append(system, recorded);
            return new Batch(due.size(), confirmed, recorded);
        });
    }

    private record Batch(int found, int confirmed, List<DomainEvent> events) {
    }
}
