package dev.conveyor.domain.delivery;

import dev.conveyor.domain.shared.DocumentNumbers;

/** {@code DLV-2026-000042}. */
public record DeliveryNumber(String value) {

    private static final String PREFIX = "DLV";

    public DeliveryNumber {
        DocumentNumbers.require(PREFIX, value);
    }

    /** @param sequence unique across all years */
    public static DeliveryNumber of(int year, long sequence) {
        return new DeliveryNumber(DocumentNumbers.format(PREFIX, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
