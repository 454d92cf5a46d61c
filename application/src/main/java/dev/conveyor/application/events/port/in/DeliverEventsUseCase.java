package dev.conveyor.application.events.port.in;

public interface DeliverEventsUseCase {

    /**
     * Reads the log from where this instance's live subscribers stand up to {@code position} and hands
     * the events to them in position order. Announcements may arrive late, twice or out of order; each
     * event is handed over once.
     */
    void deliverUpTo(long position);

    /** Delivers whatever the log holds beyond what was delivered: the fallback for lost announcements. */
    void catchUp();

    /** Hands the events {@code from..to} again to this instance's live subscribers, marked as replayed. */
    void replay(long from, long to);
}
