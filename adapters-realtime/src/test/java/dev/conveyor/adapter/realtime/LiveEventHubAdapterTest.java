package dev.conveyor.adapter.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveEventHubAdapterTest {

    private static final long WAIT_SECONDS = 5;

    private final LiveEventHubAdapter adapter = new LiveEventHubAdapter(5, 2);

    @AfterEach
    void shutDown() {
        adapter.shutDown();
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
        LoggedEvent later = event(99);
        adapter.publish(List.of(later));
        assertEquals(List.of(later), first.take(1));
        assertEquals(List.of(later), second.take(1));
        assertTrue(third.nothingMoreWithin(200));
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
        CountDownLatch release = new CountDownLatch(1);
        Recorder fast = new Recorder();
        Recorder slow = new Recorder() {
            @Override
            public void onEvent(LoggedEvent event) {
                await(release);
                super.onEvent(event);
            }
        };
        adapter.subscribe("slow", slow);
        adapter.subscribe("fast", fast);
        List<LoggedEvent> batch = events(8);

        for (LoggedEvent event : batch) {
            long started = System.nanoTime();
            adapter.publish(List.of(event));
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(tookMillis < 200, "the caller waited " + tookMillis + " ms");
            // the fast subscriber keeps pace: one event in its queue at a time
            assertEquals(List.of(event), fast.take(1));
        }

        release.countDown();
        String reason = slow.awaitDropped();
        assertTrue(reason.contains("5 events behind"), reason);
        assertEquals(List.of(batch.get(0)), slow.take(1), "only the event in delivery when it was dropped");
        LoggedEvent later = event(99);
        adapter.publish(List.of(later));
        assertEquals(List.of(later), fast.take(1));
        assertTrue(slow.nothingMoreWithin(200));
    }

    @Test
    void replayedEventsReachTheSubscribersAsReplays() throws InterruptedException {
        Recorder recorder = new Recorder();
        adapter.subscribe("replay", recorder);
        List<LoggedEvent> batch = events(2);

        adapter.replay(batch);

        assertEquals(batch, recorder.takeReplayed(2));
        assertTrue(recorder.nothingMoreWithin(100));
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

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

        boolean nothingMoreWithin(long millis) throws InterruptedException {
            return received.poll(millis, TimeUnit.MILLISECONDS) == null;
        }

        String awaitDropped() throws InterruptedException {
            assertTrue(dropped.await(WAIT_SECONDS, TimeUnit.SECONDS), "not dropped");
            return dropReasons.get(0);
        }
    }
}
