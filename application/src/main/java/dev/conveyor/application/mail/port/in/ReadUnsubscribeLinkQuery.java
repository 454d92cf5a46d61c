package dev.conveyor.application.mail.port.in;

/** Checks an unsubscribe link's token without changing anything (mail scanners open links). */
public interface ReadUnsubscribeLinkQuery {

    /** @throws dev.conveyor.domain.shared.InvalidInputException naming {@code token} when it is not ours */
    UnsubscribeLink read(String token);
}
