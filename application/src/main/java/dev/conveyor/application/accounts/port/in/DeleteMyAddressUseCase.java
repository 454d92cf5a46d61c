package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.UUID;

public interface DeleteMyAddressUseCase {

    /**
     * Removes one of the caller's addresses; when it was the default, the oldest remaining one becomes the default.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException ADDRESS_NOT_FOUND, also for another user's address
     */
    void delete(Actor actor, UUID id);
}
