package dev.conveyor.application.mail.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Mails waiting to go out, each unique per (event, recipient, template). A sender claims a mail (PENDING to
 * SENDING, committed) before it sends it: a claim succeeds once, so two senders never send the same mail, and a
 * mail whose sender died while sending is not sent again: it ends UNCERTAIN once its claim is stale.
 */
public interface MailOutboxPort {

    /** @return false, writing nothing, when the event already queued this template for this recipient */
    boolean enqueue(QueuedMail mail);

    /** Pending mails whose next attempt is due, oldest first. */
    List<QueuedMail> due(Instant now, int limit);

    /** @return true for the one caller that moved the mail from PENDING to SENDING */
    boolean claim(UUID id, Instant now);

    /** A claimed mail went out. */
    void sent(UUID id, Instant at);

    /** A claimed mail did not go out: back to PENDING until {@code nextAttemptAt}. */
    void retryLater(UUID id, int attempts, Instant nextAttemptAt, String error);

    /** A claimed mail ends without (certainly) going out: FAILED or UNCERTAIN. */
    void giveUp(UUID id, Status status, int attempts, String error, Instant at);

    /**
     * Mails still SENDING that were claimed before {@code claimedBefore}: their sender stopped while sending (a crash,
     * a kill), so whether the SMTP server took them is unknown. They end UNCERTAIN, one attempt counted, which lists
     * them for the back office to send again, instead of staying SENDING where nobody could.
     *
     * @return how many
     */
    int giveUpStaleClaims(Instant claimedBefore, String error);

    /** The mails in one status, newest first. */
    Page<QueuedMail> list(Status status, PageRequest page);

    Optional<QueuedMail> find(UUID id);

    /**
     * A mail that was given up on is due again at once, with a fresh count of attempts.
     *
     * @return false, changing nothing, unless the mail was FAILED or UNCERTAIN
     */
    boolean resend(UUID id, Instant now);

    enum Status { PENDING, SENDING, SENT, FAILED, UNCERTAIN }

    /**
     * @param recipientId     the person it goes to (their preferences decided it)
     * @param unsubscribeUrl  the link that turns its category off; null for transactional mail
     * @param invoiceId       the invoice whose PDF is attached; null when none
     * @param customerId      as whom the invoice is read; null when none
     */
    record QueuedMail(UUID id, UUID eventId, MailTemplate template, UUID recipientId, String recipientEmail,
                      String subject, String html, String text, String unsubscribeUrl, UUID invoiceId,
                      UUID customerId, Status status, int attempts, Instant nextAttemptAt, Instant createdAt,
                      Instant sentAt, String lastError) {
        public QueuedMail {
            Objects.requireNonNull(id);
            Objects.requireNonNull(eventId);
            Objects.requireNonNull(template);
            Objects.requireNonNull(recipientId);
            Objects.requireNonNull(recipientEmail);
            Objects.requireNonNull(subject);
            Objects.requireNonNull(html);
            Objects.requireNonNull(text);
            Objects.requireNonNull(status);
            Objects.requireNonNull(createdAt);
        }
    }
}
