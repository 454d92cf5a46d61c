package dev.conveyor.application.backoffice.service;

import dev.conveyor.application.backoffice.port.in.AuthoredNote;
import dev.conveyor.application.backoffice.port.in.NoteSubject;
import dev.conveyor.application.backoffice.port.in.StaffNote;
import dev.conveyor.application.shared.port.out.OrderRepositoryPort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.application.shared.service.OrderAccess;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;

/** What the staff-note use cases share: the subject must exist, and notes are shown with their author's name. */
final class NoteSubjects {

    private final UserRepositoryPort users;
    private final OrderRepositoryPort orders;

    NoteSubjects(UserRepositoryPort users, OrderRepositoryPort orders) {
        this.users = users;
        this.orders = orders;
    }

    void requireExists(NoteSubject subject) {
        switch (subject.kind()) {
            case CUSTOMER -> ListCustomersService.activeAccount(users, new UserId(subject.id()));
            case ORDER -> {
                OrderId id = new OrderId(subject.id());
                orders.findById(id).orElseThrow(() -> OrderAccess.notFound(id));
            }
        }
    }

    /** The author by name, else e-mail, looked up when read so that a renamed colleague shows their new name. */
    AuthoredNote authored(StaffNote note) {
        String name = users.findById(note.author()).filter(User::isActive)
                .map(user -> user.profile().name() != null ? user.profile().name() : user.email().value())
                .orElse(null);
        return new AuthoredNote(note, name);
    }
}
