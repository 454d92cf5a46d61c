package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.DeleteMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.SavedAddress;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.port.out.TransactionPort;
import dev.conveyor.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

final class DeleteMyAddressService implements DeleteMyAddressUseCase {

    private final AddressBookPort book;
    private final TransactionPort transactions;

    DeleteMyAddressService(AddressBookPort book, TransactionPort transactions) {
        this.book = book;
        this.transactions = transactions;
    }

    @Override
    public void delete(Actor actor, UUID id) {
        UserId owner = actor.requireUser();
        transactions.inTransaction(() -> {
            book.lock(owner);
            List<SavedAddress> all = book.findByOwner(owner);
            SavedAddress gone = all.stream().filter(a -> a.id().equals(id)).findFirst()
                    .orElseThrow(() -> ListMyAddressesService.notFound(id));
            book.delete(owner, id);
            if (gone.isDefault()) {
                all.stream().filter(a -> !a.id().equals(id)).min(Comparator.comparing(SavedAddress::createdAt))
                        .ifPresent(next -> book.makeDefault(owner, next.id()));
            }
        });
    }
}
