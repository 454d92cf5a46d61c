package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.UnsubscribeLink;
import dev.conveyor.application.mail.port.out.MailPreferencePort;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.shared.InvalidInputException;
import dev.conveyor.domain.user.User;

/** A verified link, its person's address masked (a forwarded mail shows its link to others). */
final class UnsubscribeLinks {

    private final UnsubscribeTokens tokens;
    private final UserRepositoryPort users;
    private final MailPreferencePort preferences;

    UnsubscribeLinks(UnsubscribeTokens tokens, UserRepositoryPort users, MailPreferencePort preferences) {
        this.tokens = tokens;
        this.users = users;
        this.preferences = preferences;
    }

    UnsubscribeTokens.Subject verify(String token) {
        UnsubscribeTokens.Subject subject = tokens.verify(token);
        users.findById(subject.userId()).filter(User::isActive).orElseThrow(() ->
                new InvalidInputException("token", "this unsubscribe link names an account that no longer exists"));
        return subject;
    }

    UnsubscribeLink describe(UnsubscribeTokens.Subject subject) {
        String email = users.findById(subject.userId()).map(u -> u.email().value()).orElse("");
        return new UnsubscribeLink(subject.category(), mask(email),
                !preferences.optedOut(subject.userId()).contains(subject.category()));
    }

    private static String mask(String email) {
        int at = email.indexOf('@');
        return at < 1 ? email : email.charAt(0) + "***" + email.substring(at);
    }
}
