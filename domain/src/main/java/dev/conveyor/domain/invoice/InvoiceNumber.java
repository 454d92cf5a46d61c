package dev.conveyor.domain.invoice;

import dev.conveyor.domain.shared.DocumentNumbers;

/** {@code INV-2026-000042}. */
public record InvoiceNumber(String value) {

    private static final String PREFIX = "INV";

    public InvoiceNumber {
        DocumentNumbers.require(PREFIX, value);
    }

    /** @param sequence unique across all years, so numbers never repeat */
    public static InvoiceNumber of(int year, long sequence) {
        return new InvoiceNumber(DocumentNumbers.format(PREFIX, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
