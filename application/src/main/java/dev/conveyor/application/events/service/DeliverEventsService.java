package dev.conveyor.application.events.service;

import dev.conveyor.application.events.port.in.DeliverEventsUseCase;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Scope;
import dev.conveyor.application.events.port.out.EventLogReaderPort;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import java.util.List;

/**
 * Moves this instance's live subscribers along the log. The first call only
 * notes where the log stands: subscribers read what came before from the log
 * themselves (their backlog).
 */
final class DeliverEventsService implements DeliverEventsUseCase {

    private static final int BATCH = 500;

    private final EventLogReaderPort reader;
    private final LiveEventsPort live;
    /** The highest position handed to the subscribers; negative until the first call. */
    private long delivered = -1;

    DeliverEventsService(EventLogReaderPort reader, LiveEventsPort live) {
        this.reader = reader;
        this.live = live;
    }

    @Override
    public synchronized void deliverUpTo(long position) {
        if (delivered < 0) {
            delivered = reader.latestPosition();
            return;
        }
        if (delivered < position && live.subscribers() == 0) {
            // Nobody to hand the events to (a server nobody watches live): reading and decoding them was a
            // part of every placement's cost. One who subscribes later reads the log's end after subscribing,
            // which is at or past this position, and gets the events after it live.
            delivered = Math.min(position, reader.latestPosition());
            return;
        }
        while (delivered < position) {
            List<LoggedEvent> batch = reader.read(delivered, position, Scope.ALL, BATCH);
            if (batch.isEmpty()) {
                // nothing left below the announced position (it was purged, or the announcement was ahead)
                delivered = Math.min(position, reader.latestPosition());
                return;
            }
            live.publish(batch);
            delivered = batch.get(batch.size() - 1).position();
        }
    }

    @Override
    public void catchUp() {
        deliverUpTo(reader.latestPosition());
    }

    @Override
    public void replay(long from, long to) {
        long cursor = from - 1;
        while (cursor < to) {
            List<LoggedEvent> batch = reader.read(cursor, to, Scope.ALL, BATCH);
            if (batch.isEmpty()) {
                return;
            }
            live.replay(batch);
            cursor = batch.get(batch.size() - 1).position();
        }
    }
}
