package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.AddMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.AddressCommand;
import dev.conveyor.application.accounts.port.in.SavedAddress;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.application.shared.service.IdempotentExecutor;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.user.UserId;
import java.time.Clock;
import java.util.List;

final class AddMyAddressService implements AddMyAddressUseCase {

    private final AddressBookPort book;
    private final IdempotentExecutor idempotent;
    private final Clock clock;

    AddMyAddressService(AddressBookPort book, IdempotentExecutor idempotent, Clock clock) {
        this.book = book;
        this.idempotent = idempotent;
        this.clock = clock;
    }

    @Override
    public AddedAddress add(Actor actor, AddressCommand command, IdempotencyKey key) {
        UserId owner = actor.requireUser();
        var outcome = idempotent.execute(actor, key, "add-address", command.fingerprint(), id -> {
            book.lock(owner);
            List<SavedAddress> existing = book.findByOwner(owner);
            if (existing.size() >= SavedAddress.MAX_PER_USER) {
                throw new ConflictException("TOO_MANY_ADDRESSES", "at most " + SavedAddress.MAX_PER_USER
                        + " addresses; delete one first");
            }
            boolean isDefault = existing.isEmpty() || command.makeDefault();
            SavedAddress added = new SavedAddress(id, command.address(), isDefault, clock.instant());
            book.insert(owner, added.withDefault(false));
            if (isDefault) {
                book.makeDefault(owner, id);
            }
            return added;
        });
        if (outcome.replayed()) {
            SavedAddress first = book.findByOwner(owner).stream().filter(a -> a.id().equals(outcome.resourceId()))
                    .findFirst().orElseThrow(() -> ListMyAddressesService.notFound(outcome.resourceId()));
            return new AddedAddress(first, true);
        }
        return new AddedAddress(outcome.created(), false);
    }
}
