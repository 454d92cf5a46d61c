package dev.conveyor.adapter.realtime;

import dev.conveyor.application.events.port.in.PublishEventsUseCase;
import dev.conveyor.application.shared.port.out.NotificationPort;
import dev.conveyor.domain.event.DomainEvent;
import io.micronaut.context.BeanProvider;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a commit, has the relay number the new events and announce them, on a
 * thread of its own: the committing request does not wait. Commits that come
 * while a run is under way are covered by one more run, not one each. (The
 * use case is looked up lazily: it is assembled from the ports, this one among
 * them.)
 */
@Singleton
public final class LocalNotificationAdapter implements NotificationPort {

    private static final Logger LOG = LoggerFactory.getLogger(LocalNotificationAdapter.class);

    private final BeanProvider<PublishEventsUseCase> publish;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ExecutorService relay = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "event-relay");
        thread.setDaemon(true);
        return thread;
    });

    LocalNotificationAdapter(BeanProvider<PublishEventsUseCase> publish) {
        this.publish = publish;
    }

    @Override
    public void eventsCommitted(List<DomainEvent> events) {
        if (!requested.compareAndSet(false, true)) {
            return;
        }
        try {
            relay.execute(this::publishNow);
        } catch (RejectedExecutionException shuttingDown) {
            requested.set(false);
        }
    }

    private void publishNow() {
        requested.set(false);
        try {
            publish.get().publish();
        } catch (RuntimeException e) {
            LOG.warn("publishing committed events failed; the scheduled relay run retries", e);
        }
    }

    @PreDestroy
    void shutDown() {
        relay.shutdownNow();
    }
}
