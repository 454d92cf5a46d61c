package dev.conveyor.domain.shared;

/** Someone else changed the aggregate since it was read (optimistic locking). */
public class ConcurrentModificationException extends ConflictException {

    public ConcurrentModificationException(String aggregate, Object id) {
        super("CONCURRENT_MODIFICATION", aggregate + " " + id + " was changed by another request; retry with fresh data");
    }
}
