package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.GetMailPreferencesQuery;
import dev.conveyor.application.mail.port.in.MailPreferencesView;
import dev.conveyor.application.shared.Actor;

final class GetMailPreferencesService implements GetMailPreferencesQuery {

    private final MailPreferencesReader reader;

    GetMailPreferencesService(MailPreferencesReader reader) {
        this.reader = reader;
    }

    @Override
    public MailPreferencesView get(Actor actor) {
        return reader.of(actor.requireUser());
    }
}
