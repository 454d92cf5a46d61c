package dev.conveyor.application.catalog.port.in;

import java.util.Optional;

public interface ReadMediaQuery {

    /**
     * A stored media file, for anyone: its names are unguessable digests of its content.
     *
     * @return empty when the name is none this shop gives or there is no such file
     */
    Optional<Media> read(String name);

    record Media(byte[] content, String contentType) {
    }
}
