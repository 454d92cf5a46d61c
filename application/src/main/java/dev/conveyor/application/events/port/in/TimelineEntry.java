package dev.conveyor.application.events.port.in;

import dev.conveyor.application.events.port.out.EventLogReaderPort.LoggedEvent;
import dev.conveyor.domain.user.Role;

/**
 * One event of an order's timeline and who caused it, so that it can be told as a sentence.
 *
 * @param author null when the server acted on its own
 */
public record TimelineEntry(LoggedEvent event, Author author) {

    /**
     * Who caused an event, as far as the reader may know them.
     *
     * @param name null when the reader may not know it (a customer is not told staff's names) or the account
     *             no longer names anyone
     * @param you  whether the reader caused it
     */
    public record Author(String name, Role role, boolean you) {
    }
}
