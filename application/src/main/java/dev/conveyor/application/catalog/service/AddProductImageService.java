package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.AddProductImageUseCase;
import dev.conveyor.application.catalog.port.out.ImageProcessingPort;
import dev.conveyor.application.catalog.port.out.ImageProcessingPort.ImageInfo;
import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ImageFormat;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.shared.Ids;
import dev.conveyor.domain.shared.InvalidInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

final class AddProductImageService implements AddProductImageUseCase {

    /** Decoding allocates width × height pixels: a small file can claim a picture too large to hold. */
    static final int MAX_SIDE = 10_000;
    static final long MAX_PIXELS = 40_000_000L;

    private final ProductImagePort images;
    private final MediaStoragePort storage;
    private final ImageProcessingPort processing;
    private final ImageChanges changes;
    private final long maxBytes;
    private final Clock clock;

    AddProductImageService(ProductImagePort images, MediaStoragePort storage, ImageProcessingPort processing,
                           ImageChanges changes, long maxBytes, Clock clock) {
        this.images = images;
        this.storage = storage;
        this.processing = processing;
        this.changes = changes;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    @Override
    public ProductImage add(Actor actor, ProductId productId, byte[] content) {
        changes.requireEditable(actor, productId);
        if (content.length > maxBytes) {
            throw new ImageTooLargeException(maxBytes);
        }
        ImageInfo info = processing.inspect(content).orElseThrow(() -> new InvalidInputException("file",
                "file must be a JPEG, PNG or WebP image"));
        if (info.width() > MAX_SIDE || info.height() > MAX_SIDE || (long) info.width() * info.height() > MAX_PIXELS) {
            throw new InvalidInputException("file", "file must be at most " + MAX_SIDE + " pixels a side and "
                    + MAX_PIXELS + " pixels in all");
        }
        if (images.list(productId).size() >= ProductImage.MAX_PER_PRODUCT) {
            throw tooMany();
        }
        ImageFormat variants = info.mayBeTransparent() ? ImageFormat.PNG : ImageFormat.JPEG;
        ProductImage image = new ProductImage(Ids.newId(), productId, 0, sha256(content), info.format(), variants,
                info.width(), info.height(), clock.instant());
        // the files first: a failed transaction leaves files no image names, which harm nothing (and a repeat
        // upload of the same picture finds them in place), while an image row without its files would be broken
        storeFiles(image, content);
        return changes.change(actor, productId, (product, current) -> {
            if (current.size() >= ProductImage.MAX_PER_PRODUCT) {
                throw tooMany();
            }
            ProductImage placed = image.at(current.size());
            images.insert(placed);
            return placed;
        });
    }

    private void storeFiles(ProductImage image, byte[] content) {
        try {
            for (int size : ProductImage.SIZES) {
                storage.store(image.variantName(size), processing.fit(content, size, image.variantFormat()));
            }
        } catch (IllegalArgumentException undecodable) {
            throw new InvalidInputException("file", "file could not be read as an image: "
                    + undecodable.getMessage());
        }
        storage.store(image.originalName(), content);
    }

    private static InvalidInputException tooMany() {
        return new InvalidInputException("file", "a product has at most " + ProductImage.MAX_PER_PRODUCT
                + " images; remove one first");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
