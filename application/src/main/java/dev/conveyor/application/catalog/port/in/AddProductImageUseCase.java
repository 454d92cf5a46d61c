package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.shared.DomainException;

public interface AddProductImageUseCase {

    /**
     * The product's seller or an administrator adds a picture, last in the product's order. The content must
     * be a JPEG, PNG or WebP image (told by its bytes) within the configured size.
     *
     * @throws dev.conveyor.domain.shared.InvalidInputException on {@code file}: no such image, too large in
     *         pixels, or the product has its maximum of images
     * @throws ImageTooLargeException more bytes than allowed
     */
    ProductImage add(Actor actor, ProductId productId, byte[] content);

    /** The upload exceeds the configured number of bytes (413 PAYLOAD_TOO_LARGE on {@code file}). */
    final class ImageTooLargeException extends DomainException {

        private final long limit;

        public ImageTooLargeException(long limit) {
            super("PAYLOAD_TOO_LARGE", "file must be at most " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
