package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.UUID;

public interface DeleteOrderViewUseCase {

    /**
     * Deletes one of the caller's own views.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException VIEW_NOT_FOUND, also for another staff member's view
     */
    void delete(Actor actor, UUID viewId);
}
