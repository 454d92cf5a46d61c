package dev.conveyor.application.mail.port.in;

import dev.conveyor.application.mail.port.out.MailOutboxPort.QueuedMail;
import dev.conveyor.application.mail.port.out.MailOutboxPort.Status;
import dev.conveyor.application.mail.port.out.MailTemplate;
import java.time.Instant;
import java.util.UUID;

/** A mail of the outbox as administrators see it: where it went and how it fared, not its text. */
public record MailView(UUID id, UUID eventId, MailTemplate template, String recipientEmail, String subject,
                       Status status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt,
                       String lastError) {

    public static MailView of(QueuedMail mail) {
        return new MailView(mail.id(), mail.eventId(), mail.template(), mail.recipientEmail(), mail.subject(),
                mail.status(), mail.attempts(), mail.createdAt(), mail.nextAttemptAt(), mail.sentAt(),
                mail.lastError());
    }
}
