package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.MailView;
import dev.conveyor.application.mail.port.in.ResendMailUseCase;
import dev.conveyor.application.mail.port.out.MailOutboxPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.NotFoundException;
import dev.conveyor.domain.user.Role;
import java.time.Clock;
import java.util.UUID;

final class ResendMailService implements ResendMailUseCase {

    private final MailOutboxPort outbox;
    private final TransactionPort transactions;
    private final Clock clock;

    ResendMailService(MailOutboxPort outbox, TransactionPort transactions, Clock clock) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public MailView resend(Actor actor, UUID mailId) {
        actor.requireRole(Role.ADMIN);
        MailOutboxPort.QueuedMail mail = outbox.find(mailId).orElseThrow(() -> notFound(mailId));
        // the status is checked by the update itself: of two administrators resending at once, one does
        if (!transactions.inTransaction(() -> outbox.resend(mailId, clock.instant()))) {
            throw new ConflictException("MAIL_NOT_FAILED", "mail " + mailId + " is " + mail.status()
                    + ": only a FAILED or UNCERTAIN mail can be sent again");
        }
        return MailView.of(outbox.find(mailId).orElseThrow(() -> notFound(mailId)));
    }

    private static NotFoundException notFound(UUID mailId) {
        return new NotFoundException("MAIL_NOT_FOUND", "no mail " + mailId);
    }
}
