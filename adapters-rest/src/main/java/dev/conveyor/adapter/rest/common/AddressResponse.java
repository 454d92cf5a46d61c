package dev.conveyor.adapter.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AddressResponse(String name, String line1, @Nullable String line2, String city, @Nullable String region,
                              String postalCode, String country) {
}
