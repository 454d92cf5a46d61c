package dev.conveyor.domain.returns;

/** What becomes of a received line's units. */
public enum Disposition {
    /** Back on the shelf: the units are on hand again. */
    RESTOCK,
    /** Damaged or unsellable: the units are gone. */
    WRITE_OFF
}
