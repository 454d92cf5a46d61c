package dev.conveyor.domain.creditnote;

import dev.conveyor.domain.shared.DocumentNumbers;

/** {@code CN-2026-000042}. */
public record CreditNoteNumber(String value) {

    private static final String PREFIX = "CN";

    public CreditNoteNumber {
        DocumentNumbers.require(PREFIX, value);
    }

    /** @param sequence unique across all years, so numbers never repeat */
    public static CreditNoteNumber of(int year, long sequence) {
        return new CreditNoteNumber(DocumentNumbers.format(PREFIX, year, sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
