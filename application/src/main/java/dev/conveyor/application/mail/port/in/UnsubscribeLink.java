package dev.conveyor.application.mail.port.in;

/**
 * What an unsubscribe link stands for: one category of one person's mail.
 *
 * @param email      the address it is sent to, partly masked (the link may be forwarded)
 * @param subscribed whether that mail still goes out
 */
public record UnsubscribeLink(MailCategory category, String email, boolean subscribed) {
}
