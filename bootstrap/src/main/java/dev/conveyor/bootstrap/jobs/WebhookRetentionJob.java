package dev.conveyor.bootstrap.jobs;

import dev.conveyor.application.webhooks.port.in.PurgeWebhookDeliveriesUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes deliveries delivered longer than {@code conveyor.webhooks.retention} ago, with their attempts. Every
 * instance may run it: each batch skips the rows another instance's batch holds.
 */
@Singleton
@Requires(property = "conveyor.webhooks.retention-job.enabled", notEquals = "false")
public class WebhookRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRetentionJob.class);

    private final PurgeWebhookDeliveriesUseCase purge;

    WebhookRetentionJob(PurgeWebhookDeliveriesUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${conveyor.webhooks.retention-job.interval:1h}", initialDelay = "1m")
    void run() {
        try {
            int deleted = purge.purge();
            if (deleted > 0) {
                LOG.info("deleted {} webhook deliveries delivered before the retention period", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("purging old webhook deliveries failed; retrying at the next run", e);
        }
    }
}
