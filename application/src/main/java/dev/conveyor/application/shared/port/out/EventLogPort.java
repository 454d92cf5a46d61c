package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.event.DomainEvent;
import java.util.List;
import java.util.UUID;

/** Appends events in the transaction of the change they describe (transactional outbox). */
public interface EventLogPort {

    void append(List<DomainEvent> events, EventMetadata metadata);

    /**
     * @param actorId null for the system
     * @param causationId the event or command that caused these, null when a user's request did
     */
    record EventMetadata(String correlationId, UUID causationId, UUID actorId) {
    }
}
