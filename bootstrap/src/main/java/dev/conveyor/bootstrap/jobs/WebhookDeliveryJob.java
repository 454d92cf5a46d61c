package dev.conveyor.bootstrap.jobs;

import dev.conveyor.application.webhooks.port.in.DeliverWebhooksUseCase;
import dev.conveyor.application.webhooks.port.in.DueWebhooksQuery;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends due webhook deliveries: each endpoint with one due gets a worker of a small pool, so a slow or hanging
 * receiver holds one worker (until the request's deadline), never the other endpoints. Every instance runs
 * it; the database lets one sender at a time work on an endpoint.
 *
 * <p>An endpoint whose run delivered something goes straight back into the pool's queue for its next run,
 * behind the endpoints already waiting there: under load it does not wait for the next look for due deliveries
 * (which capped one endpoint at a run per interval), and it still takes turns with the others.
 */
@Singleton
@Requires(property = "conveyor.webhooks.enabled", notEquals = "false")
public class WebhookDeliveryJob {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveryJob.class);

    private final DueWebhooksQuery due;
    private final DeliverWebhooksUseCase deliver;
    private final ExecutorService workers;
    private final Set<UUID> busy = ConcurrentHashMap.newKeySet();

    WebhookDeliveryJob(DueWebhooksQuery due, DeliverWebhooksUseCase deliver,
                       @Value("${conveyor.webhooks.workers:4}") int workers) {
        this.due = due;
        this.deliver = deliver;
        this.workers = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(fixedDelay = "${conveyor.webhooks.interval:250ms}", initialDelay = "2s")
    void run() {
        try {
            for (UUID webhook : due.due()) {
                if (busy.add(webhook)) {
                    workers.execute(() -> send(webhook));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("finding due webhook deliveries failed; retrying at the next run", e);
        }
    }

    private void send(UUID webhook) {
        if (!runDelivered(webhook) || !requeued(webhook)) {
            busy.remove(webhook);
        }
    }

    /** @return whether the run delivered something, so that more may be due */
    private boolean runDelivered(UUID webhook) {
        try {
            return deliver.deliver(webhook) > 0;
        } catch (RuntimeException e) {
            LOG.warn("delivering to webhook {} failed; retrying at the next run", webhook, e);
            return false;
        }
    }

    private boolean requeued(UUID webhook) {
        try {
            workers.execute(() -> send(webhook));
            return true;
        } catch (RejectedExecutionException stopping) {
            return false; // the server is stopping: the pool takes no more work
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
