package dev.conveyor.application.pricing.port.out;

import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.PricingAttributes;
import java.util.Collection;
import java.util.Map;

/** Products' tax categories and weights ({@link PricingAttributes#DEFAULT} until set). */
public interface ProductPricingPort {

    /** The attributes of those of {@code ids} that exist. */
    Map<ProductId, PricingAttributes> find(Collection<ProductId> ids);

    /** @return false, writing nothing, when there is no such product */
    boolean save(ProductId id, PricingAttributes attributes);
}
