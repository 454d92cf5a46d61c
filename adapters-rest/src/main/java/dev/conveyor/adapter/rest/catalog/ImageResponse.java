package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.domain.catalog.ProductImage;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A product picture: {@code url} fits 800 pixels (a product page), {@code thumbnailUrl} 200 (lists),
 * {@code originalUrl} is the upload as it was. The addresses are content-addressed, so they never change
 * content and may be cached for good.
 */
@Serdeable
public record ImageResponse(UUID id, int position, String url, String thumbnailUrl, String originalUrl,
                            String contentType, int width, int height) {

    static final String MEDIA = "/api/media/";

    static ImageResponse of(ProductImage image) {
        return new ImageResponse(image.id(), image.position(), MEDIA + image.variantName(800),
                MEDIA + image.variantName(200), MEDIA + image.originalName(), image.format().contentType(),
                image.width(), image.height());
    }
}
