package dev.conveyor.adapter.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveEventHubAdapterTest {

    private static final long WAIT_SECONDS = 5;

    private final LiveEventHubAdapter adapter = new LiveEventHubAdapter(5, 2, Duration.ofSeconds(30));
    private final List<LiveEventHubAdapter> others = new ArrayList<>();

    @AfterEach
    void shutDown() {
        adapter.shutDown();
        others.forEach(LiveEventHubAdapter::shutDown);
    }

    @Test
    void everySubscriberGetsEveryEventInOrderUntilItUnsubscribes() throws InterruptedException {
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        Recorder third = new Recorder();
        adapter.subscribe("first", first);
        adapter.subscribe("second", second);
        LiveEventsPort.Subscription leaving = adapter.subscribe("third", third);
        List<LoggedEvent> batch = events(3);

        adapter.publish(batch);

        assertEquals(batch, first.take(3));
        assertEquals(batch, second.take(3));
        assertEquals(batch, third.take(3));
        leaving.close();
        assertEquals(2, adapter.subscribers(), "a closed subscription is no longer offered anything");
        LoggedEvent later = event(99);
        adapter.publish(List.of(later));
        assertEquals(List.of(later), first.take(1));
        assertEquals(List.of(later), second.take(1));
        assertTrue(third.received.isEmpty());
        assertEquals(List.of(), third.dropReasons);
    }

    @Test
    void aThrowingSubscriberIsDroppedWithTheReasonAndTheOthersGoOn() throws InterruptedException {
        Recorder healthy = new Recorder();
        Recorder failing = new Recorder() {
            @Override
            public void onEvent(LoggedEvent event) {
                throw new IllegalStateException("socket closed");
            }
        };
        adapter.subscribe("failing", failing);
        adapter.subscribe("healthy", healthy);

        adapter.publish(events(2));
        adapter.publish(events(2));

        assertEquals(4, healthy.take(4).size());
        String reason = failing.awaitDropped();
        assertTrue(reason.contains("socket closed") && reason.contains("test:event"), reason);
        assertEquals(1, failing.dropReasons.size());
    }

    @Test
    void aSlowSubscriberDelaysNobodyAndOverflowingItsQueueDropsItWithoutBlockingTheCaller()
            throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean waitedInVain = new AtomicBoolean();
        Recorder fast = new Recorder();
        Recorder slow = new Recorder() {
            @Override
            public void onEvent(LoggedEvent event) {
                holding.countDown();
                // a caller blocked by this subscriber would leave it waiting until the latch gives up
                waitedInVain.compareAndSet(false, !await(release));
                super.onEvent(event);
            }
        };
        adapter.subscribe("slow", slow);
        adapter.subscribe("fast", fast);
        List<LoggedEvent> batch = events(8);

        for (LoggedEvent event : batch) {
            adapter.publish(List.of(event));
            // the fast subscriber keeps pace: one event in its queue at a time
            assertEquals(List.of(event), fast.take(1));
            // on a loaded machine the slow subscriber's delivery thread may start late; until it holds the first
            // event, the next five would overflow its queue with that event still in it
            assertTrue(await(holding), "the slow subscriber was never handed the first event");
        }

        release.countDown();
        assertFalse(waitedInVain.get(), "the caller waited for the slow subscriber");
        String reason = slow.awaitDropped();
        assertTrue(reason.contains("5 events behind"), reason);
        assertEquals(List.of(batch.get(0)), slow.take(1), "only the event in delivery when it was dropped");
        assertEquals(1, adapter.subscribers(), "the dropped subscriber is no longer offered anything");
        LoggedEvent later = event(99);
        adapter.publish(List.of(later));
        assertEquals(List.of(later), fast.take(1));
        assertTrue(slow.received.isEmpty());
    }

    @Test
    void replayedEventsReachTheSubscribersAsReplays() throws InterruptedException {
        Recorder recorder = new Recorder();
        adapter.subscribe("replay", recorder);
        List<LoggedEvent> batch = events(2);

        adapter.replay(batch);

        assertEquals(batch, recorder.takeReplayed(2));
        assertTrue(recorder.received.isEmpty(), "replayed events come as replays only");
    }

    /** An administrator may replay 10,000 events; each subscriber's queue holds 5 here. */
    @Test
    void aReplayFarLargerThanTheQueueReachesASubscriberThatKeepsReadingWhileLiveEventsGoOn()
            throws InterruptedException {
        Recorder reader = new Recorder();
        adapter.subscribe("reader", reader);
        List<LoggedEvent> replayed = events(5_000);
        List<LoggedEvent> live = events(20);

        adapter.replay(replayed);
        for (LoggedEvent event : live) {
            adapter.publish(List.of(event));
            assertEquals(List.of(event), reader.take(1));
        }

        assertEquals(replayed, reader.takeReplayed(replayed.size()));
        assertEquals(List.of(), reader.dropReasons);
        assertEquals(1, adapter.subscribers());
    }

    /**
     * The patience is what is tested here, so the test sets a short one; not so short that a reader whose
     * delivery thread waits for a core on a loaded machine runs out of it too.
     */
    @Test
    void aSubscriberThatTakesNothingInDuringAReplayIsDroppedAfterThePatienceAndTheOthersGetEverything()
            throws Exception {
        LiveEventHubAdapter hub = new LiveEventHubAdapter(5, 2, Duration.ofSeconds(1));
        others.add(hub);
        CountDownLatch never = new CountDownLatch(1);
        Recorder stuck = new Recorder() {
            @Override
            public void onReplay(LoggedEvent event) {
                await(never);
            }
        };
        Recorder reader = new Recorder();
        hub.subscribe("stuck", stuck);
        hub.subscribe("reader", reader);
        List<LoggedEvent> replayed = events(100);

        hub.replay(replayed);

        assertEquals(replayed, reader.takeReplayed(replayed.size()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (hub.subscribers() > 1) {
            assertTrue(System.nanoTime() - deadline < 0, "the stuck subscriber was never dropped");
            Thread.sleep(10);
        }
        // it hears of it on its own delivery turn, once it returns from the event it is stuck on
        never.countDown();
        assertTrue(stuck.awaitDropped().contains("took no replayed event in"), stuck.dropReasons.toString());
    }

    @Test
    void aSubscriberHoldingItsDeliveryThreadHoldsUpNoneOfTheManyOthers() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        List<Recorder> others = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            Recorder other = new Recorder();
            others.add(other);
            adapter.subscribe("other" + i, other);
        }
        // among the others, not first or last: the publication's turns are shared out down one list
        adapter.subscribe("holding", new Recorder() {
            @Override
            public void onEvent(LoggedEvent event) {
                holding.countDown();
                await(release);
            }
        });
        for (int i = 0; i < 100; i++) {
            Recorder other = new Recorder();
            others.add(other);
            adapter.subscribe("more" + i, other);
        }
        List<LoggedEvent> first = events(2);
        List<LoggedEvent> second = List.of(event(2), event(3));

        adapter.publish(first);
        adapter.publish(second);

        assertTrue(holding.await(WAIT_SECONDS, TimeUnit.SECONDS));
        for (Recorder other : others) {
            assertEquals(List.of(first.get(0), first.get(1), second.get(0), second.get(1)), other.take(4),
                    "every other subscriber gets everything, in order, while one holds a delivery thread");
        }
        release.countDown();
    }

    @Test
    void theApplicationContextProvidesItAsTheLiveEventsPort() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertInstanceOf(LiveEventHubAdapter.class, context.getBean(LiveEventsPort.class));
        }
    }

    private static List<LoggedEvent> events(int count) {
        List<LoggedEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(i));
        }
        return events;
    }

    private static LoggedEvent event(int number) {
        return new LoggedEvent(number + 1, UUID.randomUUID(), "test:event", "test", UUID.randomUUID(), null, null,
                java.util.Set.of(), "correlation", null, null, Instant.now(), Map.of("number", number));
    }

    /** @return whether the latch opened (rather than the wait giving up) */
    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static class Recorder implements LiveEventsPort.Listener {
        final BlockingQueue<LoggedEvent> received = new LinkedBlockingQueue<>();
        final BlockingQueue<LoggedEvent> replayed = new LinkedBlockingQueue<>();
        final List<String> dropReasons = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final CountDownLatch dropped = new CountDownLatch(1);

        @Override
        public void onEvent(LoggedEvent event) {
            received.add(event);
        }

        @Override
        public void onReplay(LoggedEvent event) {
            replayed.add(event);
        }

        @Override
        public void onDropped(String reason) {
            dropReasons.add(reason);
            dropped.countDown();
        }

        List<LoggedEvent> takeReplayed(int count) throws InterruptedException {
            return take(replayed, count);
        }

        List<LoggedEvent> take(int count) throws InterruptedException {
            return take(received, count);
        }

        private static List<LoggedEvent> take(BlockingQueue<LoggedEvent> from, int count) throws InterruptedException {
            List<LoggedEvent> taken = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LoggedEvent event = from.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                if (event == null) {
                    throw new AssertionError("only " + taken.size() + " of " + count + " events arrived");
                }
                taken.add(event);
            }
            return taken;
        }

        String awaitDropped() throws InterruptedException {
            assertTrue(dropped.await(WAIT_SECONDS, TimeUnit.SECONDS), "not dropped");
            return dropReasons.get(0);
        }
    }
}
