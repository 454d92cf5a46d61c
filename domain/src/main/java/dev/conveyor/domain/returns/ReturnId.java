package dev.conveyor.domain.returns;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record ReturnId(UUID value) {

    public ReturnId {
        Objects.requireNonNull(value, "value");
    }

    public static ReturnId newId() {
        return new ReturnId(Ids.newId());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
