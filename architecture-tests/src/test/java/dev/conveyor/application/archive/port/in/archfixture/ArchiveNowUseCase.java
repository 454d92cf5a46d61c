package dev.conveyor.application.archive.port.in.archfixture;

/** A well-named in-port. */
public interface ArchiveNowUseCase {

    void archiveNow();
}
