package dev.conveyor.adapter.mail;

import dev.conveyor.application.mail.port.out.MailSenderPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends through an SMTP server with Jakarta Mail (Eclipse Angus): STARTTLS (required, the default), TLS from
 * the first byte, or plain (a local relay); authenticated when a user name is set. Each mail is one connection:
 * a failure to connect or log in means nothing was sent; a 4xx answer is worth another try, a 5xx is final;
 * anything that breaks off after the message was handed over may have been delivered, and is not repeated.
 */
@Singleton
@Requires(property = "conveyor.mail.transport", value = "smtp")
final class SmtpMailSenderAdapter implements MailSenderPort {

    private final Session session;
    private final InternetAddress from;
    private final String username;
    private final String password;
    private final String description;

    @SuppressWarnings("java:S107")
    SmtpMailSenderAdapter(@Value("${conveyor.mail.smtp.host}") String host,
                          @Value("${conveyor.mail.smtp.port:587}") int port,
                          @Value("${conveyor.mail.smtp.security:starttls}") String security,
                          @Nullable @Value("${conveyor.mail.smtp.username:}") String username,
                          @Nullable @Value("${conveyor.mail.smtp.password:}") String password,
                          @Value("${conveyor.mail.from:Conveyor <no-reply@conveyor.local>}") String from,
                          @Value("${conveyor.mail.smtp.timeout:10s}") Duration timeout) throws AddressException {
        String mode = security.trim().toLowerCase(Locale.ROOT);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        String millis = String.valueOf(timeout.toMillis());
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        switch (mode) {
            case "starttls" -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "tls" -> {
                properties.put("mail.smtp.ssl.enable", "true");
                properties.put("mail.smtp.ssl.checkserveridentity", "true");
            }
            case "none" -> {
                // a relay on the same host or network: no encryption asked for
            }
            default -> throw new IllegalArgumentException("conveyor.mail.smtp.security must be starttls, tls or none, not "
                    + security);
        }
        boolean authenticated = username != null && !username.isBlank();
        properties.put("mail.smtp.auth", String.valueOf(authenticated));
        this.session = Session.getInstance(properties);
        this.from = new InternetAddress(from, true);
        this.username = authenticated ? username : null;
        this.password = authenticated ? password : null;
        this.description = "SMTP " + host + ":" + port + " (" + mode.toUpperCase(Locale.ROOT) + ")"
                + (authenticated ? " as " + username : "");
    }

    @Override
    public String describe() {
        return "sent through " + description;
    }

    @Override
    public void send(OutgoingMail mail) {
        MimeMessage message;
        try {
            message = message(mail);
        } catch (AddressException e) {
            throw new SendFailure(Outcome.REJECTED, "the address " + mail.to() + " is not valid: " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new SendFailure(Outcome.NOT_SENT, "the message could not be made: " + e.getMessage(), e);
        }
        try (Transport transport = session.getTransport("smtp")) {
            try {
                transport.connect(username, password);
            } catch (MessagingException e) {
                throw new SendFailure(Outcome.NOT_SENT, "cannot connect to " + description + ": " + e.getMessage(), e);
            }
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                throw classified(e);
            }
        } catch (MessagingException closing) {
            // the server has taken the message; a failure to say goodbye changes nothing
        }
    }

    private MimeMessage message(OutgoingMail mail) throws MessagingException {
        MimeMessage message = new IdentifiedMessage(session, "<" + mail.id() + "@conveyor>");
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        for (var header : mail.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.html(), "text/html; charset=UTF-8");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (mail.attachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (Attachment attachment : mail.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.contentType())));
                part.setFileName(attachment.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** The server's reply code says whether it kept the message; without one, it may have. */
    private static SendFailure classified(MessagingException e) {
        int code = replyCode(e);
        if (code >= 400 && code < 500) {
            return new SendFailure(Outcome.NOT_SENT, "the server answered " + code + ": " + e.getMessage(), e);
        }
        if (code >= 500) {
            return new SendFailure(Outcome.REJECTED, "the server refused it (" + code + "): " + e.getMessage(), e);
        }
        return new SendFailure(Outcome.UNCERTAIN, "sending broke off: " + e.getMessage(), e);
    }

    private static int replyCode(Exception e) {
        for (Exception next = e; next != null; next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException failed) {
                return failed.getReturnCode();
            }
            if (next instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode();
            }
            if (next instanceof SendFailedException failed && failed.getValidSentAddresses() == null
                    && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0
                    && failed.getNextException() == null) {
                return 550;
            }
        }
        return -1;
    }

    /** Its Message-ID is the queued mail's id, so a receiver can tell a repetition. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
