package dev.conveyor.domain.creditnote;

import dev.conveyor.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record CreditNoteId(UUID value) {

    public CreditNoteId {
        Objects.requireNonNull(value, "value");
    }

    public static CreditNoteId newId() {
        return new CreditNoteId(Ids.newId());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
