package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;

public interface GetAccountQuery {

    /**
     * One account with its contact details, for staff and administrators (an order's customer, say).
     *
     * @throws dev.conveyor.domain.shared.NotFoundException when there is no such account, or it was deleted
     */
    User account(Actor actor, UserId id);
}
