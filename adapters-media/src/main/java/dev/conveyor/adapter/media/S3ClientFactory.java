package dev.conveyor.adapter.media;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The S3 client of the media store, from {@code conveyor.media.s3.*}. It speaks HTTP through the JDK's
 * URLConnection (not the SDK's default Netty or Apache clients: Netty would clash with Micronaut's). An endpoint
 * and path-style addressing reach MinIO, Ceph or R2; without an access key the SDK's default credentials chain
 * (AWS_ACCESS_KEY_ID, an instance or task role) is used.
 */
@Factory
@Requires(property = MediaStores.SETTING, value = MediaStores.S3)
class S3ClientFactory {

    @Singleton
    @Named(MediaStores.S3)
    @Bean(preDestroy = "close")
    S3Client mediaS3Client(@Property(name = "conveyor.media.s3.region", defaultValue = "us-east-1") String region,
                           @Property(name = "conveyor.media.s3.endpoint", defaultValue = "") String endpoint,
                           @Property(name = "conveyor.media.s3.path-style", defaultValue = "false") boolean pathStyle,
                           @Property(name = "conveyor.media.s3.access-key", defaultValue = "") String accessKey,
                           @Property(name = "conveyor.media.s3.secret-key", defaultValue = "") String secretKey) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .credentialsProvider(credentials(accessKey, secretKey))
                .forcePathStyle(pathStyle);
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint.strip()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(String accessKey, String secretKey) {
        if (accessKey.isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
    }
}
