package dev.conveyor.application.shared.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.catalog.Product;
import dev.conveyor.domain.catalog.ProductId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Catalogue data of products. Stock columns are written only on insert; afterwards only {@link StockPort} changes them. */
public interface ProductRepositoryPort {

    /** @return false, writing nothing, when the SKU is already taken */
    boolean insert(Product product);

    /**
     * Writes the catalogue fields (not stock) if the stored version is still the product's.
     *
     * @throws dev.conveyor.domain.shared.ConcurrentModificationException otherwise
     */
    void update(Product product);

    Optional<Product> findById(ProductId id);

    /** The products among {@code ids} that exist, in no particular order. */
    List<Product> findAllById(Collection<ProductId> ids);

    Page<Product> search(ProductSearch search, PageRequest page);
}
