package dev.conveyor.adapter.rest.common;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record MoneyResponse(long amountMinor, String currency) {
}
