package dev.conveyor.application.catalog.port.in;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import java.util.Collection;
import java.util.List;
import java.util.Map;

public interface ListProductImagesQuery {

    /** The images of each of these products (none for a product without), by position. */
    Map<ProductId, List<ProductImage>> of(Collection<ProductId> productIds);
}
