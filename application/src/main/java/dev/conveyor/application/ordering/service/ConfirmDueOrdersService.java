package dev.conveyor.application.ordering.service;

import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.LockPort;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.EventRecorder;
import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Confirms orders whose cancellation window closed. Exactly once per order,
 * even with several instances: each confirmation is a version-checked update,
 * so of two instances racing for one order only one write succeeds. The lock
 * merely keeps the instances from doing the same work twice.
 */
final class ConfirmDueOrdersService implements ConfirmDueOrdersUseCase {

    static final int BATCH = 200;
    private static final Duration LEASE = Duration.ofSeconds(60);

    private final OrderRepositoryPort orders;
    private final LockPort locks;
    private final EventRecorder events;
    private final TransactionPort transactions;
    private final Clock clock;

    ConfirmDueOrdersService(OrderRepositoryPort orders, LockPort locks, EventRecorder events,
                            TransactionPort transactions, Clock clock) {
        this.orders = orders;
        this.locks = locks;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int confirmDueOrders() {
        Optional<LockPort.HeldLock> lock = locks.tryAcquire("job:confirm-due-orders", LEASE);
        if (lock.isEmpty()) {
            return 0;
        }
        try (LockPort.HeldLock ignored = lock.get()) {
            int confirmed = 0;
            Batch batch;
            do {
                batch = confirmBatch();
                events.committed(batch.events());
                confirmed += batch.confirmed();
            } while (batch.found() == BATCH && batch.confirmed() > 0);
            return confirmed;
        }
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
