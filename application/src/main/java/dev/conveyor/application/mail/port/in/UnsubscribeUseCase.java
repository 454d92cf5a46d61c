package dev.conveyor.application.mail.port.in;

/** Turns off the category a signed unsubscribe link names, without signing in; doing it again changes nothing. */
public interface UnsubscribeUseCase {

    /** @throws dev.conveyor.domain.shared.InvalidInputException naming {@code token} when it is not ours */
    UnsubscribeLink unsubscribe(String token);
}
