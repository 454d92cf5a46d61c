package dev.conveyor.application.archive.port.out.archfixture;

/** An out-port whose name does not end in Port. */
public interface ArchiveStore {

    void store(String orderNumber);
}
