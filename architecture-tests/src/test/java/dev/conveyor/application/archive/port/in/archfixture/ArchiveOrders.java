package dev.conveyor.application.archive.port.in.archfixture;

/** An in-port named neither *UseCase nor *Query. */
public interface ArchiveOrders {

    void archive();
}
