package dev.conveyor.bootstrap.jobs;

import dev.conveyor.application.ordering.port.in.ConfirmDueOrdersUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confirms orders whose cancellation window closed. The deadline lives in the
 * database, so confirmations due while the server was down happen at the first
 * run after the restart.
 */
@Singleton
@Requires(property = "conveyor.orders.confirmation-job.enabled", notEquals = "false")
public class ConfirmDueOrdersJob {

    private static final Logger LOG = LoggerFactory.getLogger(ConfirmDueOrdersJob.class);

    private final ConfirmDueOrdersUseCase confirmDueOrders;

    ConfirmDueOrdersJob(ConfirmDueOrdersUseCase confirmDueOrders) {
        this.confirmDueOrders = confirmDueOrders;
    }

    @Scheduled(fixedDelay = "${conveyor.orders.confirmation-job.interval:1s}",
            initialDelay = "${conveyor.orders.confirmation-job.initial-delay:1s}")
    void run() {
        try {
            int confirmed = confirmDueOrders.confirmDueOrders();
            if (confirmed > 0) {
                LOG.info("confirmed {} orders whose cancellation window closed", confirmed);
            }
        } catch (RuntimeException e) {
            LOG.warn("confirming due orders failed; retrying at the next run", e);
        }
    }
}
