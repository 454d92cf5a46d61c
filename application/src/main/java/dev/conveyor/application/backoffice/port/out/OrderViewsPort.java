package dev.conveyor.application.backoffice.port.out;

import dev.conveyor.application.backoffice.port.in.SavedOrderView;
import dev.conveyor.domain.user.UserId;
import java.util.List;
import java.util.UUID;

/** Saved views of the admin order list, each owned by one staff member. */
public interface OrderViewsPort {

    /**
     * @return false, writing nothing, when the owner has a view of that name in any case already (decided by
     *         the store, so that of two saves racing with one name one wins)
     */
    boolean insert(UserId owner, SavedOrderView view);

    /** @return the owner's views, by name */
    List<SavedOrderView> findByOwner(UserId owner);

    /** @return whether the owner had such a view */
    boolean delete(UserId owner, UUID viewId);
}
