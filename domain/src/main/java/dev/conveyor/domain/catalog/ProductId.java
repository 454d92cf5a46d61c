package dev.conveyor.domain.catalog;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record ProductId(UUID value) implements Comparable<ProductId> {

    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductId newId() {
        return new ProductId(Ids.newId());
    }

    /** The order rows are locked in, so that concurrent orders cannot deadlock. */
    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
