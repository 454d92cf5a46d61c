package dev.conveyor.adapter.rest.consumer;

import dev.conveyor.application.events.port.out.ConsumerStorePort.DeadLetter;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** An event a consumer gave up on, with its last error. */
@Serdeable
public record DeadLetterResponse(UUID id, long position, UUID eventId, String eventType, int attempts, String error,
                                 Instant failedAt) {

    static DeadLetterResponse of(DeadLetter letter) {
        return new DeadLetterResponse(letter.id(), letter.position(), letter.eventId(), letter.eventType(),
                letter.attempts(), letter.error(), letter.failedAt());
    }
}
