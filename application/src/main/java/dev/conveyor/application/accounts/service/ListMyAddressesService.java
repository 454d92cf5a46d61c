package dev.conveyor.application.accounts.service;

import dev.conveyor.application.accounts.port.in.ListMyAddressesQuery;
import dev.conveyor.application.accounts.port.in.SavedAddress;
import dev.conveyor.application.accounts.port.out.AddressBookPort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.shared.NotFoundException;
import java.util.List;
import java.util.UUID;

final class ListMyAddressesService implements ListMyAddressesQuery {

    private final AddressBookPort book;

    ListMyAddressesService(AddressBookPort book) {
        this.book = book;
    }

    @Override
    public List<SavedAddress> list(Actor actor) {
        return book.findByOwner(actor.requireUser());
    }

    /** Another user's address is not found, as none: ids must not tell whose they are. */
    static NotFoundException notFound(UUID id) {
        return new NotFoundException("ADDRESS_NOT_FOUND", "you have no address " + id);
    }
}
