package dev.conveyor.adapter.realtime;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes live messages as JSON. An event that every subscriber sees whole is
 * written once, not once per subscriber: the fan-out hands all of them the
 * same instance, which is remembered for a while by position. (A seller's cut
 * view is a new instance, written for that seller alone.)
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

    String event(LoggedEvent event) {
        Written known = recent.get(event.position());
        if (known != null && known.event() == event) {
            return known.text();
        }
        String text = write(event.toMessage());
        recent.put(event.position(), new Written(event, text));
        if (recent.size() > REMEMBERED) {
            long oldest = event.position() - REMEMBERED / 2;
            recent.keySet().removeIf(position -> position < oldest);
        }
        return text;
    }

    String write(Map<String, Object> message) {
        try {
            return json.writeValueAsString(message);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a live message as JSON", e);
        }
    }

    private record Written(LoggedEvent event, String text) {
    }
}
