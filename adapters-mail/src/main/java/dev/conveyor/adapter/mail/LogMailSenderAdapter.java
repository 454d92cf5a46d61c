package dev.conveyor.adapter.mail;

import dev.conveyor.application.mail.port.out.MailSenderPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: mails are written to the log (logger {@code conveyor.mail}) instead of being sent,
 * so that a shop without an SMTP server still shows what it would send.
 */
@Singleton
@Requires(property = "conveyor.mail.transport", value = "log", defaultValue = "log")
final class LogMailSenderAdapter implements MailSenderPort {

    private static final Logger LOG = LoggerFactory.getLogger("conveyor.mail");

    @Override
    public void send(OutgoingMail mail) {
        LOG.info("mail {} to {} — {}{}\n{}", mail.id(), mail.to(), mail.subject(),
                mail.attachments().isEmpty() ? "" : " — attached: " + mail.attachments().stream()
                        .map(a -> a.fileName() + " (" + a.content().length + " bytes)").toList(),
                mail.text());
    }

    @Override
    public String describe() {
        return "written to the log, not sent (CONVEYOR_MAIL_TRANSPORT=smtp sends it)";
    }
}
