package dev.conveyor.domain.invoice;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record InvoiceId(UUID value) {

    public InvoiceId {
        Objects.requireNonNull(value, "value");
    }

    public static InvoiceId newId() {
        return new InvoiceId(Ids.newId());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
