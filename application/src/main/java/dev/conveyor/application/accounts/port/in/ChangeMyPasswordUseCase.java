package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.Check;

public interface ChangeMyPasswordUseCase {

    /**
     * Replaces the caller's password when they know the current one, and signs out every session of the
     * account (whoever learnt the old password may hold one).
     */
    void change(Actor actor, ChangePasswordCommand command);

    /** @param currentPassword as typed, checked against the stored hash */
    record ChangePasswordCommand(String currentPassword, Password password) {
        public ChangePasswordCommand {
            Check.notNull("currentPassword", currentPassword);
            Check.notNull("password", password);
        }

        @Override
        public String toString() {
            return "ChangePasswordCommand[****]";
        }
    }
}
