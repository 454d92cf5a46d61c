package dev.conveyor.domain.delivery;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record DeliveryId(UUID value) {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId newId() {
        return new DeliveryId(Ids.newId());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
