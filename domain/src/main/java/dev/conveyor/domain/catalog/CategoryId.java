package dev.conveyor.domain.catalog;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record CategoryId(UUID value) {

    public CategoryId {
        Objects.requireNonNull(value, "value");
    }

    public static CategoryId newId() {
        return new CategoryId(Ids.newId());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
