package dev.conveyor.adapter.rest.common;

import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record AddressRequest(@Nullable String name, @Nullable String line1, @Nullable String line2,
                             @Nullable String city, @Nullable String region, @Nullable String postalCode,
                             @Nullable String country) {

    /** @param field the JSON path of this object, e.g. {@code shippingAddress} */
    public static Address toAddress(String field, AddressRequest request) {
        Check.notNull(field, request);
        return Address.of(field, request.name(), request.line1(), request.line2(), request.city(), request.region(),
                request.postalCode(), request.country());
    }
}
