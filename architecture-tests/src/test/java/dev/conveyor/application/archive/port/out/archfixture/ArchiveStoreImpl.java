package dev.conveyor.application.archive.port.out.archfixture;

/** Implements a port outside the adapters and under the wrong name. */
public class ArchiveStoreImpl implements ArchivePort {

    @Override
    public void store(String orderNumber) {
        // nothing to store: only the shape of the class matters here
    }
}
