package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;

public interface AddMyAddressUseCase {

    /**
     * Adds an address to the caller's book; the first one becomes the default, and so does one asked to be.
     *
     * @param idempotencyKey null when the client sent none
     * @throws dev.conveyor.domain.shared.ConflictException TOO_MANY_ADDRESSES beyond {@link SavedAddress#MAX_PER_USER}
     */
    AddedAddress add(Actor actor, AddressCommand command, IdempotencyKey idempotencyKey);

    /** @param replayed true when an earlier request with the same key added it */
    record AddedAddress(SavedAddress address, boolean replayed) {
    }
}
