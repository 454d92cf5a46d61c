package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record ShippingMethodId(UUID value) implements Comparable<ShippingMethodId> {

    public ShippingMethodId {
        Objects.requireNonNull(value, "value");
    }

    public static ShippingMethodId newId() {
        return new ShippingMethodId(Ids.newId());
    }

    @Override
    public int compareTo(ShippingMethodId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
