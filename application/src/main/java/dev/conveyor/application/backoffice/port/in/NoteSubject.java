package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.domain.shared.Check;
import java.util.UUID;

/** What a staff note is about: a customer's account or an order. */
public record NoteSubject(Kind kind, UUID id) {

    public enum Kind { CUSTOMER, ORDER }

    public NoteSubject {
        Check.notNull("kind", kind);
        Check.notNull("id", id);
    }

    public static NoteSubject customer(UUID id) {
        return new NoteSubject(Kind.CUSTOMER, id);
    }

    public static NoteSubject order(UUID id) {
        return new NoteSubject(Kind.ORDER, id);
    }
}
