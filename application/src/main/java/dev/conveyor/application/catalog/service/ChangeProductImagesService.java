package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.ChangeProductImagesUseCase;
import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import dev.conveyor.domain.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

final class ChangeProductImagesService implements ChangeProductImagesUseCase {

    private final ProductImagePort images;
    private final ImageChanges changes;

    ChangeProductImagesService(ProductImagePort images, ImageChanges changes) {
        this.images = images;
        this.changes = changes;
    }

    @Override
    public List<ProductImage> reorder(Actor actor, ProductId productId, List<UUID> imageIds) {
        return changes.change(actor, productId, (product, current) -> {
            Map<UUID, ProductImage> byId = current.stream()
                    .collect(Collectors.toMap(ProductImage::id, Function.identity()));
            if (imageIds.size() != current.size() || !byId.keySet().equals(new HashSet<>(imageIds))) {
                throw new InvalidInputException("imageIds", "imageIds must name each of the product's "
                        + current.size() + " images once");
            }
            List<ProductImage> ordered = new ArrayList<>();
            for (UUID id : imageIds) {
                ordered.add(byId.get(id).at(ordered.size()));
            }
            images.reposition(ordered);
            return ordered;
        });
    }
}
