package dev.conveyor.bootstrap.jobs;

import dev.conveyor.application.events.port.in.PurgeEventsUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Deletes events older than {@code conveyor.events.retention}; every instance may run it, deleting is idempotent. */
@Singleton
@Requires(property = "conveyor.events.retention-job.enabled", notEquals = "false")
public class EventRetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(EventRetentionJob.class);

    private final PurgeEventsUseCase purge;

    EventRetentionJob(PurgeEventsUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${conveyor.events.retention-job.interval:1h}", initialDelay = "1m")
    void run() {
        try {
            int deleted = purge.purge();
            if (deleted > 0) {
                LOG.info("deleted {} events older than the retention period", deleted);
            }
        } catch (RuntimeException e) {
            LOG.warn("purging old events failed; retrying at the next run", e);
        }
    }
}
