package dev.conveyor.application.shared.port.out;

import dev.conveyor.domain.catalog.ProductId;
import java.util.List;

/** One page of a catalogue query: the products on it in order, and how many match in all. */
public record CataloguePage(List<ProductId> productIds, long total) {

    public CataloguePage {
        productIds = List.copyOf(productIds);
    }
}
