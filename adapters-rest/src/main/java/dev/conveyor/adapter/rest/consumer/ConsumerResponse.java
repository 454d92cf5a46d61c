package dev.conveyor.adapter.rest.consumer;

import dev.conveyor.application.events.port.in.ConsumerStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A durable consumer of the event log and how far it is behind. */
@Serdeable
public record ConsumerResponse(String name, long position, long latest, long lagEvents, double lagSeconds,
                               boolean paused, int attempts, @Nullable Instant nextAttemptAt,
                               @Nullable String lastError, long deadLetters) {

    static ConsumerResponse of(ConsumerStatus status) {
        return new ConsumerResponse(status.name(), status.position(), status.latest(), status.lagEvents(),
                status.lagSeconds(), status.paused(), status.attempts(), status.nextAttemptAt(), status.lastError(),
                status.deadLetters());
    }
}
