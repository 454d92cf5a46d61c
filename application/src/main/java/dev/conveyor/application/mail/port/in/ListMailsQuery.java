package dev.conveyor.application.mail.port.in;

import dev.conveyor.application.mail.port.out.MailOutboxPort.Status;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;

public interface ListMailsQuery {

    /** Administrators: the outbox's mails in one status, newest first. */
    Page<MailView> list(Actor actor, Status status, PageRequest page);
}
