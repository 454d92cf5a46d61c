package dev.conveyor.application.catalog.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.catalog.ProductId;
import java.util.UUID;

public interface RemoveProductImageUseCase {

    /**
     * The product's seller or an administrator removes one of its images; its files go once no image refers
     * to them.
     *
     * @throws dev.conveyor.domain.shared.NotFoundException IMAGE_NOT_FOUND
     */
    void remove(Actor actor, ProductId productId, UUID imageId);
}
