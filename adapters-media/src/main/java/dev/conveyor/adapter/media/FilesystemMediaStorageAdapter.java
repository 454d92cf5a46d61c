package dev.conveyor.adapter.media;

import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Media files in one directory ({@code conveyor.media.directory}), one file per name. Several instances may
 * share it (a network file system): a file is written under a temporary name and moved into place, so a
 * reader sees all of it or nothing.
 */
@Singleton
@Requires(property = MediaStores.SETTING, value = MediaStores.FILESYSTEM, defaultValue = MediaStores.FILESYSTEM)
final class FilesystemMediaStorageAdapter implements MediaStoragePort {

    private final Path directory;

    FilesystemMediaStorageAdapter(@Property(name = "conveyor.media.directory", defaultValue = "./data/media")
                                  String directory) {
        this.directory = Path.of(directory).toAbsolutePath().normalize();
    }

    @Override
    public void store(String name, byte[] content) {
        Path target = resolve(name);
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, ".upload-", ".part");
            try {
                Files.write(partial, content);
                move(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store media file " + name, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public Optional<byte[]> read(String name) {
        try {
            return Optional.of(Files.readAllBytes(resolve(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read media file " + name, e);
        }
    }

    @Override
    public void delete(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete media file " + name, e);
        }
    }

    /** A plain file name inside the directory; the core gives no other, this makes sure of it. */
    private Path resolve(String name) {
        Path path = directory.resolve(name).normalize();
        if (!path.getParent().equals(directory) || name.startsWith(".")) {
            throw new IllegalArgumentException("not a media file name: " + name);
        }
        return path;
    }
}
