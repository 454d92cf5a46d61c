package dev.conveyor.adapter.rest.catalog;

import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.application.catalog.port.in.ListProductImagesQuery;
import dev.conveyor.application.shared.Page;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.catalog.ProductImage;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Products as the API shows them: with their pictures, read for a whole page at once. */
@Singleton
final class ProductViews {

    private final ProductMapper products;
    private final ListProductImagesQuery images;

    ProductViews(ProductMapper products, ListProductImagesQuery images) {
        this.products = products;
        this.images = images;
    }

    ProductResponse one(Product product) {
        return withImages(product, images.of(List.of(product.id())));
    }

    PageResponse<ProductResponse> page(Page<Product> page) {
        Map<ProductId, List<ProductImage>> pictures = images.of(page.items().stream().map(Product::id).toList());
        return PageResponse.of(page, product -> withImages(product, pictures));
    }

    private ProductResponse withImages(Product product, Map<ProductId, List<ProductImage>> pictures) {
        return products.toResponse(product).withImages(pictures.getOrDefault(product.id(), List.of()).stream()
                .map(ImageResponse::of).toList());
    }
}
