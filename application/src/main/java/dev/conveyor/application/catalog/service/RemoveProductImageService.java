package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.RemoveProductImageUseCase;
import dev.conveyor.application.catalog.port.out.MediaStoragePort;
import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.shared.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

final class RemoveProductImageService implements RemoveProductImageUseCase {

    private final ProductImagePort images;
    private final MediaStoragePort storage;
    private final ImageChanges changes;

    RemoveProductImageService(ProductImagePort images, MediaStoragePort storage, ImageChanges changes) {
        this.images = images;
        this.storage = storage;
        this.changes = changes;
    }

    @Override
    public void remove(Actor actor, ProductId productId, UUID imageId) {
        ProductImage removed = changes.change(actor, productId, (product, current) -> {
            ProductImage image = current.stream().filter(candidate -> candidate.id().equals(imageId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("IMAGE_NOT_FOUND", "product " + productId
                            + " has no image " + imageId));
            images.delete(imageId);
            List<ProductImage> rest = new ArrayList<>();
            for (ProductImage other : current) {
                if (!other.id().equals(imageId)) {
                    rest.add(other.at(rest.size()));
                }
            }
            images.reposition(rest);
            return image;
        });
        // after the commit: the same picture may still be another product's (the files are its content's)
        if (!images.digestInUse(removed.digest())) {
            removed.fileNames().forEach(storage::delete);
        }
    }
}
