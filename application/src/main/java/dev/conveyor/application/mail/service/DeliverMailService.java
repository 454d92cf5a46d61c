package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.DeliverMailUseCase;
import dev.conveyor.application.mail.port.out.InvoiceDocumentPort;
import dev.conveyor.application.mail.port.out.MailOutboxPort;
import dev.conveyor.application.mail.port.out.MailOutboxPort.QueuedMail;
import dev.conveyor.application.mail.port.out.MailOutboxPort.Status;
import dev.conveyor.application.mail.port.out.MailSenderPort;
import dev.conveyor.application.mail.port.out.MailSenderPort.Attachment;
import dev.conveyor.application.mail.port.out.MailSenderPort.OutgoingMail;
import dev.conveyor.application.mail.port.out.MailSenderPort.SendFailure;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.application.shared.service.Backoff;
import dev.conveyor.domain.invoice.InvoiceId;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends due mails one by one: claim (committed), send, record the outcome. A mail the server did not take is
 * tried again with backoff; one refused for good fails; one whose sending broke off after the server may have
 * taken it is not tried again (UNCERTAIN), so that nobody gets it twice.
 */
final class DeliverMailService implements DeliverMailUseCase {

    private static final System.Logger LOG = System.getLogger(DeliverMailService.class.getName());
    private static final int MAX_ERROR_LENGTH = 2_000;

    private final MailOutboxPort outbox;
    private final MailSenderPort sender;
    private final InvoiceDocumentPort invoices;
    private final TransactionPort transactions;
    private final MailSettings settings;
    private final Backoff backoff;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    DeliverMailService(MailOutboxPort outbox, MailSenderPort sender, InvoiceDocumentPort invoices,
                       TransactionPort transactions, MailSettings settings, Backoff backoff, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.invoices = invoices;
        this.transactions = transactions;
        this.settings = settings;
        this.backoff = backoff;
        this.clock = clock;
    }

    @Override
    public int deliverDue() {
        giveUpStaleClaims();
        List<QueuedMail> due = transactions.inTransaction(() -> outbox.due(clock.instant(), settings.batchSize()));
        int sent = 0;
        for (QueuedMail mail : due) {
            if (transactions.inTransaction(() -> outbox.claim(mail.id(), clock.instant())) && send(mail)) {
                sent++;
            }
        }
        return sent;
    }

    /** Claims nobody finished: left SENDING, no one would ever send them again nor list them for resending. */
    private void giveUpStaleClaims() {
        Instant claimedBefore = clock.instant().minus(settings.sendingTimeout());
        int stale = transactions.inTransaction(() -> outbox.giveUpStaleClaims(claimedBefore,
                "the sender stopped while sending (claimed before " + claimedBefore + "): it may have arrived"));
        if (stale > 0) {
            LOG.log(System.Logger.Level.WARNING, stale + " mail(s) claimed before " + claimedBefore
                    + " were still SENDING (their sender stopped); now UNCERTAIN, to be sent again by an administrator");
        }
    }

    private boolean send(QueuedMail mail) {
        OutgoingMail outgoing;
        try {
            outgoing = outgoing(mail);
        } catch (RuntimeException e) {
            notSent(mail, "the attachment could not be made: " + describe(e));
            return false;
        }
        try {
            sender.send(outgoing);
        } catch (SendFailure failure) {
            switch (failure.outcome()) {
                case NOT_SENT -> notSent(mail, describe(failure));
                case REJECTED -> giveUp(mail, Status.FAILED, describe(failure));
                case UNCERTAIN -> giveUp(mail, Status.UNCERTAIN, describe(failure));
            }
            return false;
        } catch (RuntimeException e) {
            giveUp(mail, Status.UNCERTAIN, describe(e));
            return false;
        }
        transactions.inTransaction(() -> outbox.sent(mail.id(), clock.instant()));
        return true;
    }

    private OutgoingMail outgoing(QueuedMail mail) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (mail.unsubscribeUrl() != null) {
            headers.put("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        List<Attachment> attachments = List.of();
        if (mail.invoiceId() != null) {
            InvoiceDocumentPort.Document pdf = invoices.pdf(new InvoiceId(mail.invoiceId()),
                    new UserId(mail.customerId()));
            attachments = List.of(new Attachment(pdf.fileName(), pdf.contentType(), pdf.content()));
        }
        return new OutgoingMail(mail.id(), mail.recipientEmail(), mail.subject(), mail.html(), mail.text(), headers,
                attachments);
    }

    private void notSent(QueuedMail mail, String error) {
        int attempts = mail.attempts() + 1;
        if (attempts >= settings.maxAttempts()) {
            giveUp(mail, Status.FAILED, error);
            return;
        }
        Instant next = clock.instant().plus(backoff.delayAfter(attempts));
        LOG.log(System.Logger.Level.WARNING, "mail " + mail.id() + " (" + mail.template() + ") was not sent: "
                + error + "; trying again at " + next);
        transactions.inTransaction(() -> outbox.retryLater(mail.id(), attempts, next, error));
    }

    private void giveUp(QueuedMail mail, Status status, String error) {
        LOG.log(System.Logger.Level.WARNING, "mail " + mail.id() + " (" + mail.template() + ") ends " + status
                + " and is not tried again: " + error);
        transactions.inTransaction(() -> outbox.giveUp(mail.id(), status, mail.attempts() + 1, error,
                clock.instant()));
    }

    private static String describe(Throwable error) {
        String text = error.getMessage() == null ? error.getClass().getName() : error.getMessage();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
