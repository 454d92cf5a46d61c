package dev.conveyor.adapter.media;

import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import dev.conveyor.domain.catalog.ImageFormat;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Media files as objects of one bucket of an S3-compatible store ({@code conveyor.media.store=s3}), keyed by
 * their name. A PUT is atomic (a reader sees all of an object or nothing), so no temporary name is needed;
 * each object carries its image's content type, for a CDN or a browser reading the bucket directly.
 */
@Singleton
@Requires(property = MediaStores.SETTING, value = MediaStores.S3)
final class S3MediaStorageAdapter implements MediaStoragePort {

    private final S3Client s3;
    private final String bucket;

    S3MediaStorageAdapter(@Named(MediaStores.S3) S3Client s3, @Property(name = "conveyor.media.s3.bucket") String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void store(String name, byte[] content) {
        String contentType = contentType(checked(name));
        s3.putObject(put -> put.bucket(bucket).key(name).contentType(contentType), RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> read(String name) {
        try {
            return Optional.of(s3.getObjectAsBytes(get -> get.bucket(bucket).key(checked(name))).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    /** S3's DELETE succeeds on an absent key too, as the port asks. */
    @Override
    public void delete(String name) {
        s3.deleteObject(delete -> delete.bucket(bucket).key(checked(name)));
    }

    /** A plain file name, as the core gives: a key with a path or a leading dot would be a different place. */
    private static String checked(String name) {
        if (name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a media file name: " + name);
        }
        return name;
    }

    /** Names end in the extension their format gives; any other name is stored as plain bytes. */
    private static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        try {
            return ImageFormat.ofExtension(extension).contentType();
        } catch (IllegalArgumentException e) {
            return "application/octet-stream";
        }
    }
}
