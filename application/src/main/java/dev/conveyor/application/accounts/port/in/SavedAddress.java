package dev.conveyor.application.accounts.port.in;

import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import java.time.Instant;
import java.util.UUID;

/**
 * An address of a user's address book; a book with addresses has exactly one default, which the checkout fills in.
 *
 * @param isDefault whether it is the book's default
 */
public record SavedAddress(UUID id, Address address, boolean isDefault, Instant createdAt) {

    /** A book is a list to choose from at checkout, not a contact database. */
    public static final int MAX_PER_USER = 20;

    public SavedAddress {
        Check.notNull("id", id);
        Check.notNull("address", address);
        Check.notNull("createdAt", createdAt);
    }

    public SavedAddress withDefault(boolean value) {
        return new SavedAddress(id, address, value, createdAt);
    }
}
