package dev.conveyor.adapter.rest.mail;

import dev.conveyor.application.mail.port.in.MailView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A mail of the outbox: whom it went to, why, and how sending it fared. */
@Serdeable
public record MailResponse(UUID id, UUID eventId, String template, String recipientEmail, String subject,
                           @Schema(allowableValues = {"PENDING", "SENDING", "SENT", "FAILED", "UNCERTAIN"})
                           String status,
                           int attempts, Instant createdAt, @Nullable Instant nextAttemptAt, @Nullable Instant sentAt,
                           @Nullable String lastError) {

    static MailResponse of(MailView mail) {
        return new MailResponse(mail.id(), mail.eventId(), mail.template().name(), mail.recipientEmail(),
                mail.subject(), mail.status().name(), mail.attempts(), mail.createdAt(), mail.nextAttemptAt(),
                mail.sentAt(), mail.lastError());
    }
}
