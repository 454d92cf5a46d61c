package dev.conveyor.application.accounts.port.out;

import dev.conveyor.application.accounts.port.in.SavedAddress;
import dev.conveyor.domain.user.UserId;
import java.util.List;
import java.util.UUID;

/** Users' address books. Changes to one book run in a transaction that {@link #lock}ed it first. */
public interface AddressBookPort {

    /** Serialises changes to the owner's book until the transaction ends, so that it keeps exactly one default. */
    void lock(UserId owner);

    /** @return the owner's addresses, the default first, then oldest first */
    List<SavedAddress> findByOwner(UserId owner);

    void insert(UserId owner, SavedAddress address);

    /** @return whether the owner had that address */
    boolean update(UserId owner, SavedAddress address);

    /** @return whether the owner had that address */
    boolean delete(UserId owner, UUID id);

    /** Makes that address the owner's only default. */
    void makeDefault(UserId owner, UUID id);

    /** Erases the owner's whole book: their account is deleted, and with it their personal data. */
    void deleteAllOf(UserId owner);
}
