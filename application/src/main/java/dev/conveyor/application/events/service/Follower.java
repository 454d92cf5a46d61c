package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.FollowEventsUseCase.FeedMessage;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * One client's stream: its backlog from the log, then live events. Live events
 * that arrive while the backlog is sent wait here and go out after it; an event
 * at or below the last position sent is skipped, so the two sources meet
 * without a gap or a duplicate.
 *
 * <p>The sink is never called under this object's lock: a backlog's sink may
 * block to pace it, and must not hold up the fan-out's delivery threads, which
 * only queue here meanwhile. Until {@link #goLive} only the subscribing thread
 * sends; after it, only the fan-out, one event at a time.
 */
final class Follower implements LiveEventsPort.Listener {

    private final Scope scope;
    private final Consumer<FeedMessage> sink;
    private final int bufferLimit;
    private final Deque<LoggedEvent> waiting = new ArrayDeque<>();
    /** Guarded by this. */
    private boolean live;
    private volatile boolean ended;
    /** Written by the subscribing thread until live, by the fan-out after; the lock hands it over. */
    private long lastSent;
    private volatile LiveEventsPort.Subscription subscription;

    Follower(Scope scope, Consumer<FeedMessage> sink, int bufferLimit, long after) {
        this.scope = scope;
        this.sink = sink;
        this.bufferLimit = bufferLimit;
        this.lastSent = after;
    }

    void attach(LiveEventsPort.Subscription subscription) {
        this.subscription = subscription;
    }

    @Override
    public void onEvent(LoggedEvent event) {
        boolean sendNow;
        synchronized (this) {
            if (ended) {
                return;
            }
            sendNow = live;
            if (!live && waiting.size() < bufferLimit) {
                waiting.add(event);
                return;
            }
        }
        if (sendNow) {
            send(event);
        } else {
            end("more than " + bufferLimit + " live events arrived while the backlog was sent");
        }
    }

    @Override
    public void onReplay(LoggedEvent event) {
        boolean deliver;
        synchronized (this) {
            deliver = live && !ended;
        }
        if (deliver) {
            EventVisibility.view(scope, event).ifPresent(visible -> sink.accept(FeedMessage.replayed(visible)));
        }
    }

    @Override
    public void onDropped(String reason) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            waiting.clear();
        }
        sink.accept(FeedMessage.dropped(reason));
    }

    /** An event of the backlog, read from the log in position order; on the subscribing thread. */
    void backlog(LoggedEvent event) {
        if (!ended) {
            send(event);
        }
    }

    /** The client's position is gone from the log (or never was in it): it goes on with live events only. */
    void resyncRequired(long oldestPosition) {
        lastSent = 0;
        sink.accept(FeedMessage.resyncRequired(oldestPosition));
    }

    /** The backlog ends at {@code position}: what waited goes out, then live events as they come. */
    void goLive(long position) {
        if (ended) {
            return;
        }
        lastSent = Math.max(lastSent, position);
        sink.accept(FeedMessage.subscribed(position));
        while (true) {
            LoggedEvent next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    live = true;
                    return;
                }
            }
            send(next);
        }
    }

    boolean ended() {
        return ended;
    }

    private void send(LoggedEvent event) {
        if (event.position() <= lastSent) {
            return;
        }
        lastSent = event.position();
        EventVisibility.view(scope, event).ifPresent(visible -> sink.accept(FeedMessage.event(visible)));
    }

    private void end(String reason) {
        onDropped(reason);
        LiveEventsPort.Subscription current = subscription;
        if (current != null) {
            current.close();
        }
    }
}
