package dev.conveyor.adapter.cache.archfixture;

import dev.conveyor.application.archive.port.out.archfixture.ArchivePort;

/** A port implementation as it should be: an *Adapter in an adapter package. */
public class CachingArchiveAdapter implements ArchivePort {

    @Override
    public void store(String orderNumber) {
        // nothing to store: only the shape of the class matters here
    }
}
