package dev.conveyor.domain.pricing;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record PromotionId(UUID value) implements Comparable<PromotionId> {

    public PromotionId {
        Objects.requireNonNull(value, "value");
    }

    public static PromotionId newId() {
        return new PromotionId(Ids.newId());
    }

    @Override
    public int compareTo(PromotionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
