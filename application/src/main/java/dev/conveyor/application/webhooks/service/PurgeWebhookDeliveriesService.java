package dev.conveyor.application.webhooks.service;

import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.webhooks.port.in.PurgeWebhookDeliveriesUseCase;
import dev.conveyor.application.webhooks.port.out.WebhookStorePort;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * One transaction per batch, so that a purge of a large backlog never holds many row locks, nor one long
 * transaction, while the senders and the fan-out write to the same tables.
 */
final class PurgeWebhookDeliveriesService implements PurgeWebhookDeliveriesUseCase {

    static final int BATCH = 500;

    private final WebhookStorePort store;
    private final TransactionPort transactions;
    private final Duration retention;
    private final Clock clock;

    PurgeWebhookDeliveriesService(WebhookStorePort store, TransactionPort transactions, Duration retention,
                                  Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int purge() {
        Instant cutoff = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = transactions.inTransaction(() -> store.deleteDelivered(cutoff, BATCH));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
