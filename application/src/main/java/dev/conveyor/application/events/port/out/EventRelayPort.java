package dev.conveyor.application.events.port.out;

/**
 * Gives committed events their positions. Only one relay runs at a time across
 * every instance on the database, and it numbers only rows whose transaction
 * committed, so a row of a transaction still open is numbered after it commits,
 * above every number handed out before: positions are gap-free and a reader
 * resuming after P never misses an event numbered later.
 */
public interface EventRelayPort {

    /** @return the highest position handed out so far (0 before the first), including any assigned by this call */
    long assignPositions();
}
