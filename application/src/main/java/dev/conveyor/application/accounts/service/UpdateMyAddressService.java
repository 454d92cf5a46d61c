package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.AddressCommand;
import dev.conveyor.application.accounts.port.in.SavedAddress;
import dev.conveyor.application.accounts.port.in.UpdateMyAddressUseCase;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.user.UserId;
import java.util.UUID;

final class UpdateMyAddressService implements UpdateMyAddressUseCase {

    private final AddressBookPort book;
    private final TransactionPort transactions;

    UpdateMyAddressService(AddressBookPort book, TransactionPort transactions) {
        this.book = book;
        this.transactions = transactions;
    }

    @Override
    public SavedAddress update(Actor actor, UUID id, AddressCommand command) {
        UserId owner = actor.requireUser();
        return transactions.inTransaction(() -> {
            book.lock(owner);
            SavedAddress current = book.findByOwner(owner).stream().filter(a -> a.id().equals(id)).findFirst()
                    .orElseThrow(() -> ListMyAddressesService.notFound(id));
            SavedAddress changed = new SavedAddress(id, command.address(), current.isDefault() || command.makeDefault(),
                    current.createdAt());
            book.update(owner, changed);
            if (changed.isDefault() && !current.isDefault()) {
                book.makeDefault(owner, id);
            }
            return changed;
        });
    }
}
