package dev.conveyor.adapter.eventbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NatsSettingsTest {

    private static NatsSettings settings(String stream, String prefix) {
        return new NatsSettings(List.of("nats://127.0.0.1:4222"), stream, prefix, true, Duration.ofMinutes(10),
                Duration.ZERO, Duration.ofSeconds(5));
    }

    @Test
    void anEventTypeBecomesTheTokensOfItsSubject() {
        NatsSettings settings = settings("CONVEYOR_EVENTS", "conveyor.events");
        assertEquals("conveyor.events.order.created", settings.subjectOf("order:created"));
        assertEquals("conveyor.events.order.progress-updated", settings.subjectOf("order:progress-updated"));
        assertEquals("conveyor.events.odd_type._.x_y", settings.subjectOf("odd type::x*y"));
        assertEquals("conveyor.events.>", settings.allSubjects());
    }

    @Test
    void aStreamOrPrefixNatsCannotTakeIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> settings("with space", "conveyor.events"));
        assertThrows(IllegalArgumentException.class, () -> settings("EVENTS", "conveyor.*"));
        assertThrows(IllegalArgumentException.class, () -> settings("EVENTS", "conveyor..events"));
        assertThrows(IllegalArgumentException.class, () -> new NatsSettings(List.of(), "EVENTS", "a", true,
                Duration.ofMinutes(1), Duration.ZERO, Duration.ofSeconds(1)));
    }
}
