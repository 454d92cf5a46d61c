package dev.conveyor.adapter.rest.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.application.events.port.in.TimelineEntry;
import dev.conveyor.domain.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An event of an order's timeline: the live event message's members, plus who caused it. The events of one
 * change (one request) share their {@code correlationId}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record TimelineEvent(long position, UUID id, String type, Instant occurredAt, @Nullable String correlationId,
                     @Schema(type = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                             description = "the event's payload; its members depend on the type")
                     Map<String, Object> data,
                     @JsonInclude(JsonInclude.Include.NON_NULL)
                     @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                             description = "who caused the event; absent when the server acted on its own")
                     TimelineActor actor) {

    static TimelineEvent of(TimelineEntry entry) {
        EventMessage message = EventMessage.of(entry.event());
        TimelineEntry.Author author = entry.author();
        return new TimelineEvent(message.position(), message.id(), message.type(), message.occurredAt(),
                message.correlationId(), message.data(), author == null ? null
                : new TimelineActor(author.name(), author.role(), author.you()));
    }

    /**
     * @param name null when the reader may not know it: customers are told the role of the shop's people,
     *             not their names
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record TimelineActor(@Nullable String name,
                         Role role,
                         @Schema(description = "whether the reader caused the event") boolean you) {
    }
}
