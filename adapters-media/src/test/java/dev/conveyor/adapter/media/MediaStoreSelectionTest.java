package dev.conveyor.adapter.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code conveyor.media.store} picks exactly one media store, the filesystem when it is not set. */
class MediaStoreSelectionTest {

    @Test
    void theFilesystemIsTheDefault() {
        assertEquals(FilesystemMediaStorageAdapter.class, storeWith(Map.of("conveyor.media.directory", "target/media-selection")));
    }

    @Test
    void s3IsChosenBySetting() {
        assertEquals(S3MediaStorageAdapter.class, storeWith(Map.of("conveyor.media.store", "s3",
                "conveyor.media.s3.bucket", "pictures", "conveyor.media.s3.endpoint", "http://127.0.0.1:9",
                "conveyor.media.s3.access-key", "key", "conveyor.media.s3.secret-key", "secret")));
    }

    private static Class<?> storeWith(Map<String, Object> settings) {
        try (ApplicationContext context = ApplicationContext.run(settings)) {
            return context.getBean(MediaStoragePort.class).getClass();
        }
    }
}
