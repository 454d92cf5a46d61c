package dev.conveyor.application.catalog.port.out;

import java.util.Optional;

/**
 * Where media files live (a directory by default). Names are those {@link dev.conveyor.domain.catalog.ProductImage}
 * gives: content-addressed, so storing a name again stores the same bytes.
 */
public interface MediaStoragePort {

    /** Stores the file so that a reader sees all of it or nothing. */
    void store(String name, byte[] content);

    Optional<byte[]> read(String name);

    /** Nothing happens when there is no such file. */
    void delete(String name);
}
