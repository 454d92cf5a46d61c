package dev.conveyor.adapter.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import java.util.Map;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The contract over HTTP against S3Proxy, a real S3-compatible server started in this JVM for each test (an
 * in-memory bucket store), reached as MinIO or Ceph would be: an endpoint, path-style addressing, signed requests.
 */
class S3MediaStorageAdapterTest extends MediaStorageContract {

    private static final String BUCKET = "conveyor-media";

    @RegisterExtension
    final S3ProxyExtension server = S3ProxyExtension.builder().withCredentials("media-key", "media-secret").build();

    private S3Client s3;
    private MediaStoragePort storage;

    @BeforeEach
    void inAnEmptyBucket() {
        s3 = new S3ClientFactory().mediaS3Client("eu-central-1", server.getUri().toString(), true,
                server.getAccessKey(), server.getSecretKey());
        s3.createBucket(create -> create.bucket(BUCKET));
        storage = new S3MediaStorageAdapter(s3, BUCKET);
    }

    @AfterEach
    void closeClient() {
        s3.close();
    }

    @Override
    MediaStoragePort storage() {
        return storage;
    }

    /** For whoever reads the bucket directly (a CDN in front of it): each object says what it is. */
    @Test
    void eachObjectCarriesItsImageContentType() {
        Map<String, String> expected = Map.of("a.jpg", "image/jpeg", "b-200.jpg", "image/jpeg", "c.png", "image/png",
                "d.webp", "image/webp");
        expected.keySet().forEach(name -> storage.store(name, new byte[] {1, 2, 3}));

        expected.forEach((name, contentType) -> assertEquals(contentType,
                s3.headObject(head -> head.bucket(BUCKET).key(name)).contentType(), name));
    }
}
