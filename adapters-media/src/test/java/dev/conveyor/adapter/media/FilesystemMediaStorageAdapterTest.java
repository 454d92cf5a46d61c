package dev.conveyor.adapter.media;

import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

class FilesystemMediaStorageAdapterTest extends MediaStorageContract {

    @TempDir
    Path directory;

    private MediaStoragePort storage;

    @BeforeEach
    void inAnEmptyDirectory() {
        storage = new FilesystemMediaStorageAdapter(directory.resolve("media").toString());
    }

    @Override
    MediaStoragePort storage() {
        return storage;
    }
}
