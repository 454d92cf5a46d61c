package dev.conveyor.application.mail.service;

import dev.conveyor.application.mail.port.in.MailCategory;
import dev.conveyor.application.mail.port.in.MailPreferencesView;
import dev.conveyor.application.mail.port.out.MailPreferencePort;
import dev.conveyor.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A person's preferences as every category with its state. */
final class MailPreferencesReader {

    private final MailPreferencePort preferences;

    MailPreferencesReader(MailPreferencePort preferences) {
        this.preferences = preferences;
    }

    MailPreferencesView of(UserId userId) {
        Set<MailCategory> optedOut = preferences.optedOut(userId);
        List<MailPreferencesView.Category> categories = new ArrayList<>();
        for (MailCategory category : MailCategory.values()) {
            categories.add(new MailPreferencesView.Category(category, category.transactional(),
                    !optedOut.contains(category)));
        }
        return new MailPreferencesView(categories);
    }
}
