package dev.conveyor.application.service;

import dev.conveyor.application.port.in.FollowEventsUseCase.FeedMessage;
import dev.conveyor.application.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.port.out.LiveEventsPort;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * One client's stream: its backlog from the log, then live events. Live events
 * that arrive while the backlog is read wait here and are sent after it; an
 * event at or below the last position sent is skipped, so the two sources
 * meet without a gap or a duplicate.
 */
final class Follower implements LiveEventsPort.Listener {

    private final Scope scope;
    private final Consumer<FeedMessage> sink;
    private final int bufferLimit;
    private final Deque<LoggedEvent> waiting = new ArrayDeque<>();
    private boolean live;
    private boolean ended;
    private long lastSent;
    private LiveEventsPort.Subscription subscription;

    Follower(Scope scope, Consumer<FeedMessage> sink, int bufferLimit, long after) {
        this.scope = scope;
        this.sink = sink;
        this.bufferLimit = bufferLimit;
        this.lastSent = after;
    }

    synchronized void attach(LiveEventsPort.Subscription subscription) {
        this.subscription = subscription;
    }

    @Override
    public synchronized void onEvent(LoggedEvent event) {
        if (ended) {
            return;
        }
        if (live) {
            send(event);
        } else if (waiting.size() < bufferLimit) {
            waiting.add(event);
        } else {
            end("more than " + bufferLimit + " live events arrived while the backlog was sent");
        }
    }

    @Override
    public synchronized void onReplay(LoggedEvent event) {
        if (live && !ended) {
            EventVisibility.view(scope, event).ifPresent(visible -> sink.accept(FeedMessage.replayed(visible)));
        }
    }

    @Override
    public synchronized void onDropped(String reason) {
        if (!ended) {
            ended = true;
            waiting.clear();
            sink.accept(FeedMessage.dropped(reason));
        }
    }

    /** An event of the backlog, read from the log in position order. */
    synchronized void backlog(LoggedEvent event) {
        if (!ended) {
            send(event);
        }
    }

    /** The client's position is gone from the log (or never was in it): it goes on with live events only. */
    synchronized void resyncRequired(long oldestPosition) {
        lastSent = 0;
        sink.accept(FeedMessage.resyncRequired(oldestPosition));
    }

    /** The backlog ends at {@code position}: from here on live events go out as they come. */
    synchronized void goLive(long position) {
        if (ended) {
            return;
        }
        lastSent = Math.max(lastSent, position);
        sink.accept(FeedMessage.subscribed(position));
        live = true;
        while (!waiting.isEmpty()) {
            send(waiting.poll());
        }
    }

    synchronized boolean ended() {
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
        if (subscription != null) {
            subscription.close();
        }
    }
}
