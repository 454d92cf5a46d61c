package dev.conveyor.application.mail.port.in;

/**
 * Turns an event into the mails it causes (template, recipient, content), queued in the caller's transaction:
 * at most one per event, recipient and template however often the event is handled.
 */
public interface QueueMailUseCase {

    /** @return how many mails were queued now (none for an event handled before, or one that causes no mail) */
    int queue(MailTrigger trigger);
}
