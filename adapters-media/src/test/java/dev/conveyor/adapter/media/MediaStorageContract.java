package dev.conveyor.adapter.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link MediaStoragePort} adapter must do, run on each of them: files come back byte for byte
 * by name, a picture's variants are files of their own, deleting is by name and quiet when absent, and no
 * name reaches outside the store.
 */
abstract class MediaStorageContract {

    private static final String DIGEST = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /** A fresh, empty store for each test. */
    abstract MediaStoragePort storage();

    @Test
    void aStoredFileIsReadBackByteForByte() {
        byte[] picture = bytes(300_000, 1);
        storage().store(DIGEST + ".png", picture);

        assertArrayEquals(picture, storage().read(DIGEST + ".png").orElseThrow());
    }

    @Test
    void aNameNeverStoredReadsAsAbsent() {
        assertEquals(Optional.empty(), storage().read(DIGEST + ".jpg"));
    }

    @Test
    void storingANameAgainLeavesOneFileWithTheLastBytes() {
        storage().store(DIGEST + ".webp", bytes(1_000, 2));
        byte[] again = bytes(2_000, 3);
        storage().store(DIGEST + ".webp", again);

        assertArrayEquals(again, storage().read(DIGEST + ".webp").orElseThrow());
    }

    @Test
    void thePictureAndItsVariantsAreFilesOfTheirOwn() {
        byte[] original = bytes(5_000, 4);
        byte[] small = bytes(500, 5);
        byte[] large = bytes(2_500, 6);
        storage().store(DIGEST + ".png", original);
        storage().store(DIGEST + "-200.jpg", small);
        storage().store(DIGEST + "-800.jpg", large);

        storage().delete(DIGEST + "-200.jpg");

        assertArrayEquals(original, storage().read(DIGEST + ".png").orElseThrow());
        assertEquals(Optional.empty(), storage().read(DIGEST + "-200.jpg"));
        assertArrayEquals(large, storage().read(DIGEST + "-800.jpg").orElseThrow());
    }

    @Test
    void aDeletedFileIsAbsentAndDeletingItAgainDoesNothing() {
        storage().store(DIGEST + ".jpg", "jpeg".getBytes(StandardCharsets.US_ASCII));

        storage().delete(DIGEST + ".jpg");
        storage().delete(DIGEST + ".jpg");

        assertEquals(Optional.empty(), storage().read(DIGEST + ".jpg"));
    }

    @Test
    void anEmptyFileIsStoredToo() {
        storage().store(DIGEST + ".jpg", new byte[0]);

        assertArrayEquals(new byte[0], storage().read(DIGEST + ".jpg").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.jpg", "nested/" + DIGEST + ".jpg", ".upload-1.part", "/etc/passwd"})
    void aNameWithAPathOrALeadingDotIsRefused(String name) {
        MediaStoragePort storage = storage();

        assertThrows(IllegalArgumentException.class, () -> storage.store(name, new byte[] {1}));
        assertThrows(IllegalArgumentException.class, () -> storage.read(name));
        assertThrows(IllegalArgumentException.class, () -> storage.delete(name));
    }

    private static byte[] bytes(int length, long seed) {
        byte[] content = new byte[length];
        new Random(seed).nextBytes(content);
        return content;
    }
}
