package dev.conveyor.domain.payment;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record PaymentId(UUID value) {

    public PaymentId {
        Objects.requireNonNull(value, "value");
    }

    public static PaymentId newId() {
        return new PaymentId(Ids.newId());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
