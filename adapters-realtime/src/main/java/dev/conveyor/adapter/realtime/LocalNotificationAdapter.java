package dev.conveyor.adapter.realtime;

import dev.conveyor.application.port.out.NotificationPort;
import dev.conveyor.domain.event.DomainEvent;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans committed events out to the subscribers of this process. The caller
 * only enqueues: every subscriber has a bounded queue, drained by a small
 * shared pool of delivery threads a batch at a time, so a slow subscriber
 * delays nobody else and a full queue drops its subscriber instead of
 * growing. Subscribers must not block for long (hand the event to an
 * asynchronous send); one that blocks holds a delivery thread.
 */
@Singleton
public final class LocalNotificationAdapter implements NotificationPort {

    private static final Logger LOG = LoggerFactory.getLogger(LocalNotificationAdapter.class);
    /** Events one subscriber gets before the others have their turn on a delivery thread. */
    private static final int BATCH = 64;

    private final Set<Mailbox> mailboxes = ConcurrentHashMap.newKeySet();
    private final int queueCapacity;
    private final ExecutorService delivery;

    @Inject
    public LocalNotificationAdapter(@Value("${conveyor.realtime.subscriber-queue:1000}") int queueCapacity,
                                    @Value("${conveyor.realtime.delivery-threads:4}") int deliveryThreads) {
        this.queueCapacity = queueCapacity;
        AtomicInteger threadNumber = new AtomicInteger();
        this.delivery = Executors.newFixedThreadPool(deliveryThreads, task -> {
            Thread thread = new Thread(task, "live-events-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @param name who subscribes, for the log when it is dropped */
    public Subscription subscribe(String name, EventSubscriber subscriber) {
        Mailbox mailbox = new Mailbox(name, subscriber);
        mailboxes.add(mailbox);
        return mailbox::close;
    }

    @Override
    public void eventsCommitted(List<DomainEvent> events) {
        for (Mailbox mailbox : mailboxes) {
            mailbox.offer(events);
        }
    }

    @PreDestroy
    void shutDown() {
        delivery.shutdownNow();
    }

    /** Ends a subscription; no event is delivered after it returns, except one already being delivered. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** One subscriber's queue; its events are delivered by one delivery thread at a time. */
    private final class Mailbox implements Runnable {

        private final String name;
        private final EventSubscriber subscriber;
        private final BlockingQueue<DomainEvent> queue = new ArrayBlockingQueue<>(queueCapacity);
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile boolean open = true;
        private volatile String dropReason;

        Mailbox(String name, EventSubscriber subscriber) {
            this.name = name;
            this.subscriber = subscriber;
        }

        void offer(List<DomainEvent> events) {
            if (!open) {
                return;
            }
            for (DomainEvent event : events) {
                if (!queue.offer(event)) {
                    drop("fell more than " + queueCapacity + " events behind");
                    return;
                }
            }
            schedule();
        }

        /** One delivery turn; the turn that finds the subscription dropped tells the subscriber and ends it. */
        @Override
        public void run() {
            for (int delivered = 0; delivered < BATCH && open; delivered++) {
                DomainEvent event = queue.poll();
                if (event == null) {
                    break;
                }
                try {
                    subscriber.onEvent(event);
                } catch (RuntimeException e) {
                    drop("failed on " + event.type() + ": " + e);
                }
            }
            if (dropReason != null) {
                tellDropped();
                return;
            }
            scheduled.set(false);
            // whatever arrived while the flag was still set is picked up by a new turn
            if (dropReason != null || (open && !queue.isEmpty())) {
                schedule();
            }
        }

        private void schedule() {
            if (scheduled.compareAndSet(false, true)) {
                try {
                    delivery.execute(this);
                } catch (RejectedExecutionException shuttingDown) {
                    scheduled.set(false);
                }
            }
        }

        /** The subscriber hears of it on its own delivery turn, never on the committing caller's thread. */
        private void drop(String reason) {
            if (close()) {
                dropReason = reason;
                LOG.warn("live subscriber {} dropped: {}", name, reason);
                schedule();
            }
        }

        private void tellDropped() {
            try {
                subscriber.onDropped(dropReason);
            } catch (RuntimeException e) {
                LOG.debug("live subscriber {} failed to take note of being dropped", name, e);
            }
        }

        /** @return whether this call closed it */
        private boolean close() {
            if (!open) {
                return false;
            }
            synchronized (this) {
                if (!open) {
                    return false;
                }
                open = false;
            }
            mailboxes.remove(this);
            queue.clear();
            return true;
        }
    }
}
