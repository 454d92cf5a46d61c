package dev.conveyor.domain.user;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(Ids.newId());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
