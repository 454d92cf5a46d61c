package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.UnsubscribeLink;
import dev.conveyor.application.mail.port.in.UnsubscribeUseCase;
import dev.conveyor.application.mail.port.out.MailPreferencePort;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.shared.InvalidInputException;

final class UnsubscribeService implements UnsubscribeUseCase {

    private final UnsubscribeLinks links;
    private final MailPreferencePort preferences;
    private final TransactionPort transactions;

    UnsubscribeService(UnsubscribeLinks links, MailPreferencePort preferences, TransactionPort transactions) {
        this.links = links;
        this.preferences = preferences;
        this.transactions = transactions;
    }

    @Override
    public UnsubscribeLink unsubscribe(String token) {
        var subject = links.verify(token);
        if (subject.category().transactional()) {
            throw new InvalidInputException("token", subject.category() + " mail cannot be turned off");
        }
        transactions.inTransaction(() -> preferences.optOut(subject.userId(), subject.category()));
        return links.describe(subject);
    }
}
