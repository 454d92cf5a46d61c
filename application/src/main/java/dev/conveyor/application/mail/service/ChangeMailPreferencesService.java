package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.ChangeMailPreferencesCommand;
import dev.conveyor.application.mail.port.in.ChangeMailPreferencesUseCase;
import dev.conveyor.application.mail.port.in.MailPreferencesView;
import dev.conveyor.application.mail.port.out.MailPreferencePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.user.UserId;

final class ChangeMailPreferencesService implements ChangeMailPreferencesUseCase {

    private final MailPreferencePort preferences;
    private final MailPreferencesReader reader;
    private final TransactionPort transactions;

    ChangeMailPreferencesService(MailPreferencePort preferences, MailPreferencesReader reader,
                                 TransactionPort transactions) {
        this.preferences = preferences;
        this.reader = reader;
        this.transactions = transactions;
    }

    @Override
    public MailPreferencesView change(Actor actor, ChangeMailPreferencesCommand command) {
        UserId userId = actor.requireUser();
        transactions.inTransaction(() -> preferences.save(userId, command.optedOut()));
        return reader.of(userId);
    }
}
