package dev.conveyor.application.mail.port.in;

import dev.conveyor.application.shared.Actor;

public interface ChangeMailPreferencesUseCase {

    /** Replaces the signed-in person's opt-outs. */
    MailPreferencesView change(Actor actor, ChangeMailPreferencesCommand command);
}
