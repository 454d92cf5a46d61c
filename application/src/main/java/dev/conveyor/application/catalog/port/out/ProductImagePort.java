package dev.conveyor.application.catalog.port.out;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The images of products, in their order. */
public interface ProductImagePort {

    /** By position. */
    List<ProductImage> list(ProductId productId);

    /** The images of each product that has any, by position. */
    Map<ProductId, List<ProductImage>> list(Collection<ProductId> productIds);

    void insert(ProductImage image);

    /** Writes the positions of these images of one product. */
    void reposition(List<ProductImage> images);

    void delete(UUID imageId);

    /** Whether any image, of any product, has files under this digest. */
    boolean digestInUse(String digest);
}
