package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.shared.Actor;
import java.util.List;

public interface ListOrderViewsQuery {

    /** The caller's own saved views, by name (staff and administrators). */
    List<SavedOrderView> list(Actor actor);
}
