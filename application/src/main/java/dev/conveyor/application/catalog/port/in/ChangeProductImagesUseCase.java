package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import java.util.List;
import java.util.UUID;

public interface ChangeProductImagesUseCase {

    /**
     * The product's seller or an administrator puts its images in a new order: {@code imageIds} names each of
     * them once.
     *
     * @throws dev.conveyor.domain.shared.InvalidInputException on {@code imageIds} otherwise
     */
    List<ProductImage> reorder(Actor actor, ProductId productId, List<UUID> imageIds);
}
