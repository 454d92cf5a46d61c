package dev.conveyor.adapter.rest.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AddressResponse(String name, String line1, String line2, String city, String region,
                              String postalCode, String country) {
}
