package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record TaxRateId(UUID value) implements Comparable<TaxRateId> {

    public TaxRateId {
        Objects.requireNonNull(value, "value");
    }

    public static TaxRateId newId() {
        return new TaxRateId(Ids.newId());
    }

    @Override
    public int compareTo(TaxRateId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
