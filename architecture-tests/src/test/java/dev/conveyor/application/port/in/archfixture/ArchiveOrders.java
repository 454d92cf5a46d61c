package dev.conveyor.application.port.in.archfixture;

/** An in-port named neither *UseCase nor *Query. */
public interface ArchiveOrders {

    void archive();
}
