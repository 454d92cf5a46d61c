package dev.conveyor.application.accounts.port.in;

import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;

/**
 * An address of the book as given; the address is checked where it is read (its fields are named there).
 *
 * @param makeDefault make it the book's default (the first address always is)
 */
public record AddressCommand(Address address, boolean makeDefault) {

    public AddressCommand {
        Check.notNull("address", address);
    }

    /** What makes two requests the same request, for the idempotency key. */
    public String fingerprint() {
        return address + "|" + makeDefault;
    }
}
