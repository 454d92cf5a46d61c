package dev.conveyor.domain.order;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record OrderId(UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId newId() {
        return new OrderId(Ids.newId());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
