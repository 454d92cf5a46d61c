package dev.conveyor.application.catalog.service;

import dev.conveyor.application.catalog.port.in.ListProductImagesQuery;
import dev.conveyor.application.catalog.port.out.ProductImagePort;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import java.util.Collection;
import java.util.List;
import java.util.Map;

final class ListProductImagesService implements ListProductImagesQuery {

    private final ProductImagePort images;

    ListProductImagesService(ProductImagePort images) {
        this.images = images;
    }

    @Override
    public Map<ProductId, List<ProductImage>> of(Collection<ProductId> productIds) {
        return productIds.isEmpty() ? Map.of() : images.list(productIds);
    }
}
