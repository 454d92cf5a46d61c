package dev.conveyor.domain.returns;

/**
 * REQUESTED → APPROVED | REJECTED; APPROVED → RECEIVED → REFUNDED; REQUESTED or APPROVED → CANCELLED.
 */
public enum ReturnStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    RECEIVED,
    REFUNDED,
    CANCELLED;

    /** Rejected and cancelled returns give their units back: they may be returned again. */
    public boolean holdsUnits() {
        return this != REJECTED && this != CANCELLED;
    }
}
