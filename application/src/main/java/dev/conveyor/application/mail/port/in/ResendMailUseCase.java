package dev.conveyor.application.mail.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.UUID;

public interface ResendMailUseCase {

    /**
     * Administrators: a mail the sender gave up on (FAILED, or UNCERTAIN: the server may have taken it) goes
     * out again, with a fresh count of attempts. Refused for any other status, so a mail that went out is never
     * sent twice by this.
     */
    MailView resend(Actor actor, UUID mailId);
}
