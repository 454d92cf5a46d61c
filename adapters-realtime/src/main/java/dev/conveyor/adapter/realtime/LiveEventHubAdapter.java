package dev.conveyor.adapter.realtime;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
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
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans positioned events out to the live subscribers of this process. The caller
 * only enqueues: every subscriber has a bounded queue, drained by a small
 * shared pool of delivery threads a batch at a time, so a slow subscriber
 * delays nobody else and a full queue drops its subscriber instead of
 * growing. Subscribers must not block for long (hand the event to an
 * asynchronous send); one that blocks holds a delivery thread.
 * <p>
 * A replay is paced instead: it may be far larger than a queue (an
 * administrator may replay 10,000 events), so one replay thread hands its
 * events to each subscriber as it takes them in, keeping the queue at most
 * half full so that live events still find room. Only a subscriber that takes
 * nothing in for {@code conveyor.realtime.replay-patience} is dropped. The
 * caller (a request, or Redis's listener thread) never waits for it.
 */
@Singleton
public final class LiveEventHubAdapter implements LiveEventsPort {

    private static final Logger LOG = LoggerFactory.getLogger(LiveEventHubAdapter.class);
    /** Events one subscriber gets before the others have their turn on a delivery thread. */
    private static final int BATCH = 64;
    private static final long PACING_NANOS = 1_000_000;

    private final Set<Mailbox> mailboxes = ConcurrentHashMap.newKeySet();
    private final int queueCapacity;
    private final long replayPatienceNanos;
    private final int deliveryThreads;
    private final ExecutorService delivery;
    /** One thread: replays reach each subscriber in the order they were asked for. */
    private final ExecutorService replays = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "live-events-replay");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public LiveEventHubAdapter(@Value("${conveyor.realtime.subscriber-queue:1000}") int queueCapacity,
                               @Value("${conveyor.realtime.delivery-threads:4}") int deliveryThreads,
                               @Value("${conveyor.realtime.replay-patience:30s}") Duration replayPatience) {
        this.queueCapacity = queueCapacity;
        this.replayPatienceNanos = replayPatience.toNanos();
        this.deliveryThreads = deliveryThreads;
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
        if (events.isEmpty()) {
            return;
        }
        List<Item> items = events.stream().map(event -> new Item(event, false)).toList();
        List<Mailbox> due = new ArrayList<>();
        for (Mailbox mailbox : mailboxes) {
            if (mailbox.offer(items)) {
                due.add(mailbox);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        Turns turns = new Turns(due);
        try {
            for (int task = 0; task < Math.min(deliveryThreads, due.size()); task++) {
                delivery.execute(turns);
            }
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("{} events not delivered: shutting down", items.size());
        }
    }

    @Override
    public void replay(List<LoggedEvent> events) {
        List<Item> items = events.stream().map(event -> new Item(event, true)).toList();
        List<Mailbox> subscribers = List.copyOf(mailboxes);
        try {
            replays.execute(() -> subscribers.forEach(mailbox -> mailbox.offerPaced(items)));
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("replay of {} events not handed out: shutting down", items.size());
        }
    }

    @Override
    public int subscribers() {
        return mailboxes.size();
    }

    @PreDestroy
    void shutDown() {
        replays.shutdownNow();
        delivery.shutdownNow();
    }

    private record Item(LoggedEvent event, boolean replayed) {
    }

    /**
     * The turns one publication made due, shared out among the delivery threads: a task per thread rather than
     * one per subscriber (5,000 subscribers made 5,000 hand-offs through the pool's queue for every event). A
     * subscriber that holds its thread (a paced replay) holds only that one: the others go on down the list.
     */
    private static final class Turns implements Runnable {

        private final List<Mailbox> due;
        private final AtomicInteger next = new AtomicInteger();

        Turns(List<Mailbox> due) {
            this.due = due;
        }

        @Override
        public void run() {
            for (int turn = next.getAndIncrement(); turn < due.size(); turn = next.getAndIncrement()) {
                due.get(turn).run();
            }
        }
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

        /** @return whether the caller is to run this subscriber's turn (none was due or running) */
        boolean offer(List<Item> items) {
            if (!open) {
                return false;
            }
            for (Item item : items) {
                if (!queue.offer(item)) {
                    drop("fell more than " + queueCapacity + " events behind");
                    return false;
                }
            }
            return scheduled.compareAndSet(false, true);
        }

        void offerPaced(List<Item> items) {
            for (Item item : items) {
                if (!awaitRoom()) {
                    return;
                }
                if (!queue.offer(item)) {
                    drop("fell more than " + queueCapacity + " events behind");
                    return;
                }
                schedule();
            }
        }

        /** @return false when the subscription ended meanwhile */
        private boolean awaitRoom() {
            long deadline = System.nanoTime() + replayPatienceNanos;
            while (open && queue.size() >= Math.max(1, queueCapacity / 2)) {
                if (System.nanoTime() - deadline > 0) {
                    drop("took no replayed event in within " + Duration.ofNanos(replayPatienceNanos));
                    return false;
                }
                LockSupport.parkNanos(PACING_NANOS);
            }
            return open;
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
