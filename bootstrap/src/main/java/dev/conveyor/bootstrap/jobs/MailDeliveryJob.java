package dev.conveyor.bootstrap.jobs;

import dev.conveyor.application.mail.port.in.DeliverMailUseCase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued mails that are due. Every instance runs it; each mail is claimed in the database before it
 * is sent, so two instances never send the same one.
 */
@Singleton
@Requires(property = "conveyor.mail.enabled", notEquals = "false")
public class MailDeliveryJob {

    private static final Logger LOG = LoggerFactory.getLogger(MailDeliveryJob.class);

    private final DeliverMailUseCase deliver;

    MailDeliveryJob(DeliverMailUseCase deliver) {
        this.deliver = deliver;
    }

    @Scheduled(fixedDelay = "${conveyor.mail.interval:1s}", initialDelay = "2s")
    void run() {
        try {
            deliver.deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("sending due mails failed; retrying at the next run", e);
        }
    }
}
