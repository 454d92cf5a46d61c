package dev.conveyor.application.archive.port.out.archfixture;

/** A well-named out-port. */
public interface ArchivePort {

    void store(String orderNumber);

    /** Nested types belong to the port's vocabulary and need no suffix. */
    interface Receipt {
        String orderNumber();
    }
}
