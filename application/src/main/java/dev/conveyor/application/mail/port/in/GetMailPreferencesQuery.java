package dev.conveyor.application.mail.port.in;

import dev.conveyor.application.shared.Actor;

public interface GetMailPreferencesQuery {

    /** The signed-in person's own preferences. */
    MailPreferencesView get(Actor actor);
}
