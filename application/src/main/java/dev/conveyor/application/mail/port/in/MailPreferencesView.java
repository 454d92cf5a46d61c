package dev.conveyor.application.mail.port.in;

import java.util.List;

/** Every category with whether the person gets it; transactional ones cannot be turned off. */
public record MailPreferencesView(List<Category> categories) {

    public MailPreferencesView {
        categories = List.copyOf(categories);
    }

    public record Category(MailCategory category, boolean transactional, boolean subscribed) {
    }
}
