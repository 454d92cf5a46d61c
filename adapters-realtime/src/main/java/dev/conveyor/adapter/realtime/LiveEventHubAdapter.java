package dev.conveyor.adapter.realtime;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans positioned events out to the live subscribers of this process. The caller
 * only enqueues: every subscriber has a bounded queue, drained by a small
 * shared pool of delivery threads a batch at a time, so a slow subscriber
 * delays nobody else and a full queue drops its subscriber instead of
 * growing. Subscribers must not block for long (hand the event to an
 * asynchronous send); one that blocks holds a delivery thread.
 */
@Singleton
public final class LiveEventHubAdapter implements LiveEventsPort {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEventHubAdapter.class);
    /** Events one subscriber gets before the others have their turn on a delivery thread. */
    private static final int BATCH = 64;

    private final Set<Mailbox> mailboxes = ConcurrentHashMap.newKeySet();
    private final int queueCapacity;
    private final ExecutorService delivery;

    @Inject
    public LiveEventHubAdapter(@Value("${conveyor.realtime.subscriber-queue:1000}") int queueCapacity,
                                    @Value("${conveyor.realtime.delivery-threads:4}") int deliveryThreads) {
        this.queueCapacity = queueCapacity;
        AtomicInteger threadNumber = new AtomicInteger();
        this.delivery = Executors.newFixedThreadPool(deliveryThreads, task -> {
            Thread thread = new Thread(task, "live-events-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Subscription subscribe(String name, Listener listener) {
        Mailbox mailbox = new Mailbox(name, listener);
        mailboxes.add(mailbox);
        return mailbox::close;
    }

    @Override
    public void publish(List<LoggedEvent> events) {
        offer(events, false);
    }

    @Override
    public void replay(List<LoggedEvent> events) {
        offer(events, true);
    }

    /** How many subscribers this process has. */
    public int subscribers() {
        return mailboxes.size();
    }

    private void offer(List<LoggedEvent> events, boolean replayed) {
        if (events.isEmpty()) {
            return;
        }
        List<Item> items = events.stream().map(event -> new Item(event, replayed)).toList();
        for (Mailbox mailbox : mailboxes) {
            mailbox.offer(items);
        }
    }

    @PreDestroy
    void shutDown() {
        delivery.shutdownNow();
    }

    private record Item(LoggedEvent event, boolean replayed) {
    }

    /** One subscriber's queue; its events are delivered by one delivery thread at a time. */
    private final class Mailbox implements Runnable {

        private final String name;
        private final Listener subscriber;
        // linked, not an array: an idle subscriber (most of them) holds no buffer of the full capacity
        private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>(queueCapacity);
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile boolean open = true;
        private volatile String dropReason;

        Mailbox(String name, Listener subscriber) {
            this.name = name;
            this.subscriber = subscriber;
        }

        void offer(List<Item> items) {
            if (!open) {
                return;
            }
            for (Item item : items) {
                if (!queue.offer(item)) {
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
                Item item = queue.poll();
                if (item == null) {
                    break;
                }
                try {
                    if (item.replayed()) {
                        subscriber.onReplay(item.event());
                    } else {
                        subscriber.onEvent(item.event());
                    }
                } catch (RuntimeException e) {
                    drop("failed on " + item.event().type() + ": " + e);
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
