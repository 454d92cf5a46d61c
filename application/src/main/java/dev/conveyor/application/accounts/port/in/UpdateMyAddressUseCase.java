package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.UUID;

public interface UpdateMyAddressUseCase {

    /**
     * Replaces one of the caller's addresses. {@code makeDefault} makes it the default; false leaves the default
     * where it is (a book always has one: choose another to move it).
     *
     * @throws dev.conveyor.domain.shared.NotFoundException ADDRESS_NOT_FOUND, also for another user's address
     */
    SavedAddress update(Actor actor, UUID id, AddressCommand command);
}
