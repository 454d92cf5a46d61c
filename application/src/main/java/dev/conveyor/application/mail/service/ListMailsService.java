package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.ListMailsQuery;
import dev.conveyor.application.mail.port.in.MailView;
import dev.conveyor.application.mail.port.out.MailOutboxPort;
import dev.conveyor.application.mail.port.out.MailOutboxPort.Status;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.user.Role;
import java.util.Objects;

final class ListMailsService implements ListMailsQuery {

    private final MailOutboxPort outbox;

    ListMailsService(MailOutboxPort outbox) {
        this.outbox = outbox;
    }

    @Override
    public Page<MailView> list(Actor actor, Status status, PageRequest page) {
        actor.requireRole(Role.ADMIN);
        return outbox.list(Objects.requireNonNull(status), page).map(MailView::of);
    }
}
