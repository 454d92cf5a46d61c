package dev.conveyor.adapter.rest.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An event as live clients get it over {@code /ws} and {@code /api/events/stream}, and as an order's
 * timeline lists it: the payload as {@code data}, which names the order in {@code data.orderId}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record EventMessage(long position, UUID id, String type, Instant occurredAt, @Nullable String correlationId,
                    @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                            description = "the event's payload; its members depend on the type")
                    Map<String, Object> data) {

    @SuppressWarnings("unchecked")
    static EventMessage of(LoggedEvent event) {
        Map<String, Object> message = event.toMessage();
        return new EventMessage(event.position(), event.id(), event.type(), event.occurredAt(),
                event.correlationId(), (Map<String, Object>) message.get("data"));
    }
}
