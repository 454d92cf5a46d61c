package dev.conveyor.adapter.rest.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An event of the log as the back office lists it: the live message's fields plus where it came from. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventResponse(long position, UUID id, String type, Instant occurredAt, @Nullable String correlationId,
                            @Nullable UUID causationId, @Nullable UUID actorId, String aggregateType, UUID aggregateId, @Nullable UUID orderId,
                            @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                                    description = "the event's payload; its members depend on the type")
                            Map<String, Object> data) {

    static EventResponse of(LoggedEvent event) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) event.toMessage().get("data");
        return new EventResponse(event.position(), event.id(), event.type(), event.occurredAt(),
                event.correlationId(), event.causationId(), event.actorId(), event.aggregateType(),
                event.aggregateId(), event.orderId(), data);
    }
}
