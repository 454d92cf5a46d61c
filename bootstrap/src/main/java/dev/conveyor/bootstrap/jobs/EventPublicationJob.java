package dev.conveyor.bootstrap.jobs;

import dev.conveyor.application.events.port.in.DeliverEventsUseCase;
import dev.conveyor.application.events.port.in.PublishEventsUseCase;
import dev.conveyor.application.events.port.out.EventSignalPort;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps live updates moving without relying on any single message: the relay
 * runs on a short schedule besides after every local commit (a commit whose
 * nudge was lost, e.g. by a crash, is numbered at the next run), and each
 * instance reads the log up to its end on a schedule besides on every
 * announcement (an announcement Redis lost costs at most one poll interval).
 */
@Singleton
public class EventPublicationJob {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublicationJob.class);

    private final PublishEventsUseCase publish;
    private final DeliverEventsUseCase deliver;
    private final EventSignalPort signals;

    EventPublicationJob(PublishEventsUseCase publish, DeliverEventsUseCase deliver, EventSignalPort signals) {
        this.publish = publish;
        this.deliver = deliver;
        this.signals = signals;
    }

    /** Live subscribers start from where the log stands now; what came before they read as their backlog. */
    @EventListener
    void start(StartupEvent started) {
        deliver.catchUp();
        signals.listen(new EventSignalPort.Listener() {
            @Override
            public void eventsUpTo(long position) {
                deliver.deliverUpTo(position);
            }

            @Override
            public void replay(long from, long to) {
                deliver.replay(from, to);
            }
        });
    }

    @Scheduled(fixedDelay = "${conveyor.events.relay-interval:500ms}", initialDelay = "1s")
    void relay() {
        try {
            publish.publish();
        } catch (RuntimeException e) {
            LOG.warn("the event relay failed; retrying at its next run", e);
        }
    }

    @Scheduled(fixedDelay = "${conveyor.events.poll-interval:1s}", initialDelay = "1s")
    void poll() {
        try {
            deliver.catchUp();
        } catch (RuntimeException e) {
            LOG.warn("reading the event log for live subscribers failed; retrying at the next poll", e);
        }
    }
}
