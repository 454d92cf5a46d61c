package dev.conveyor.application.archive.port.in.archfixture;

/** A use case implemented next to its interface instead of in the feature's services. */
public class ArchiveNowInPlace implements ArchiveNowUseCase {

    @Override
    public void archiveNow() {
        // only the placement of the class matters here
    }
}
