package dev.conveyor.application.mail.port.in;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The categories the person does not want, all of them: the ones not named are received again. */
public record ChangeMailPreferencesCommand(Set<MailCategory> optedOut) {

    public ChangeMailPreferencesCommand {
        optedOut = Set.copyOf(Check.notNull("optOut", optedOut));
        for (MailCategory category : optedOut) {
            if (category.transactional()) {
                throw new InvalidInputException("optOut", category + " is transactional and cannot be turned off");
            }
        }
    }

    /** From the request's list, in which a null entry or a repetition is refused. */
    public static ChangeMailPreferencesCommand of(List<MailCategory> categories) {
        Check.notNull("optOut", categories);
        Set<MailCategory> set = EnumSet.noneOf(MailCategory.class);
        for (int i = 0; i < categories.size(); i++) {
            MailCategory category = Check.notNull("optOut[" + i + "]", categories.get(i));
            if (!set.add(category)) {
                throw new InvalidInputException("optOut[" + i + "]", category + " is named twice");
            }
        }
        return new ChangeMailPreferencesCommand(set);
    }
}
