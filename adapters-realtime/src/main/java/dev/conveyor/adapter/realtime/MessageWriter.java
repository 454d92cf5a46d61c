package dev.conveyor.adapter.realtime;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes live messages as JSON. An event that every subscriber sees whole is
 * written and encoded to UTF-8 once, not once per subscriber: the fan-out hands
 * all of them the same instance, whose bytes are remembered for a while by
 * position and wrapped, not copied, into each subscriber's frame. (A seller's
 * cut view is a new instance, written for that seller alone.)
 */
@Singleton
final class MessageWriter {

    /** Recent positions kept; a subscriber is never further behind than its queue, far less than this. */
    private static final int REMEMBERED = 4_096;

    private final JsonMapper json;
    private final Map<Long, Written> recent = new ConcurrentHashMap<>();

    MessageWriter(JsonMapper json) {
        this.json = json;
    }

    /** The event's message in UTF-8; never modified (frames wrap it). */
    byte[] event(LoggedEvent event) {
        Written known = recent.get(event.position());
        if (known != null && known.event() == event) {
            return known.utf8();
        }
        byte[] utf8 = writeBytes(event.toMessage());
        recent.put(event.position(), new Written(event, utf8));
        if (recent.size() > REMEMBERED) {
            long oldest = event.position() - REMEMBERED / 2;
            recent.keySet().removeIf(position -> position < oldest);
        }
        return utf8;
    }

    /** A message in UTF-8. */
    byte[] writeBytes(Map<String, Object> message) {
        try {
            return json.writeValueAsBytes(message);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a live message as JSON", e);
        }
    }

    private record Written(LoggedEvent event, byte[] utf8) {
    }
}
