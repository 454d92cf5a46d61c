package dev.conveyor.application.accounts.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.List;

public interface ListMyAddressesQuery {

    /** The caller's address book: the default first, then the others oldest first. */
    List<SavedAddress> list(Actor actor);
}
