package dev.conveyor.adapter.rest.event;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An event of the log as the back office lists it: the live message's fields plus where it came from. */
@Serdeable
public record EventResponse(long position, UUID id, String type, Instant occurredAt, String correlationId,
                            UUID causationId, UUID actorId, String aggregateType, UUID aggregateId, UUID orderId,
                            Map<String, Object> data) {

    static EventResponse of(LoggedEvent event) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.toMessage().get("data");
        return new EventResponse(event.position(), event.id(), event.type(), event.occurredAt(),
                event.correlationId(), event.causationId(), event.actorId(), event.aggregateType(),
                event.aggregateId(), event.orderId(), data);
    }
}
