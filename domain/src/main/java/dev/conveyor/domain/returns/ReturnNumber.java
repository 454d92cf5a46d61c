package dev.conveyor.domain.returns;

import dev.conveyor.domain.shared.DocumentNumbers;

/** {@code RMA-2026-000042}. */
public record ReturnNumber(String value) {

    private static final String PREFIX = "RMA";

    public ReturnNumber {
        DocumentNumbers.require(PREFIX, value);
    }

    /** @param sequence unique across all years, so numbers never repeat */
    public static ReturnNumber of(int year, long sequence) {
        return new ReturnNumber(DocumentNumbers.format(PREFIX, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
