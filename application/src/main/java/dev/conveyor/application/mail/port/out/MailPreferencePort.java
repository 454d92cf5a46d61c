package dev.conveyor.application.mail.port.out;

import dev.conveyor.application.mail.port.in.MailCategory;
import dev.conveyor.domain.user.UserId;
import java.util.Set;

/** The categories each person turned off; everything else reaches them. */
public interface MailPreferencePort {

    Set<MailCategory> optedOut(UserId userId);

    /** Replaces the person's opt-outs. */
    void save(UserId userId, Set<MailCategory> optedOut);

    /** Adds one; adding it again changes nothing. */
    void optOut(UserId userId, MailCategory category);
}
