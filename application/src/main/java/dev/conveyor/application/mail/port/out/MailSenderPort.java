package dev.conveyor.application.mail.port.out;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hands a mail to the outside: an SMTP server, or the log in the embedded default. */
public interface MailSenderPort {

    /** @throws SendFailure when the mail did not go out, or may not have */
    void send(OutgoingMail mail);

    /** Which sender this is, for the start-up log ("SMTP smtp.example.com:587 (STARTTLS)", "the log"). */
    String describe();

    /**
     * @param id      the queued mail's id, also the message id, so a receiver can tell a repetition
     * @param headers extra headers, e.g. {@code List-Unsubscribe}
     */
    record OutgoingMail(UUID id, String to, String subject, String html, String text, Map<String, String> headers,
                        List<Attachment> attachments) {
        public OutgoingMail {
            headers = Map.copyOf(headers);
            attachments = List.copyOf(attachments);
        }
    }

    record Attachment(String fileName, String contentType, byte[] content) {
    }

    /** Why a mail did not go out, and whether trying again is safe. */
    enum Outcome {
        /** Not sent, for a reason that may pass (the server is unreachable, a 4xx answer): try again later. */
        NOT_SENT,
        /** Refused for good (a 5xx answer, an address the server rejects): trying again cannot help. */
        REJECTED,
        /** Broken off after the server may have taken it: not tried again, so that it goes out at most once. */
        UNCERTAIN
    }

    final class SendFailure extends RuntimeException {
        private final transient Outcome outcome;

        public SendFailure(Outcome outcome, String message, Throwable cause) {
            super(message, cause);
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }
}
