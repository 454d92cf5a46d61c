package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.user.User;

public interface UpdateMyProfileUseCase {

    User update(Actor actor, UpdateProfileCommand command);

    /**
     * A partial change: a null part stays as it is; a blank name or phone clears it.
     */
    record UpdateProfileCommand(String name, String phone, Address address) {
    }
}
