package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.shared.Check;
import java.util.Map;
import java.util.TreeMap;

public interface SaveOrderViewUseCase {

    /** Views per staff member: a menu, not a store. */
    int MAX_VIEWS = 50;

    /**
     * Saves the filters under a name of the caller's own (staff and administrators).
     *
     * @param idempotencyKey null when the client sent none
     * @throws dev.conveyor.domain.shared.ConflictException VIEW_NAME_TAKEN when the caller has a view of that name
     *                                                      (any case), TOO_MANY_VIEWS beyond {@link #MAX_VIEWS}
     */
    SavedView save(Actor actor, SaveOrderViewCommand command, IdempotencyKey idempotencyKey);

    record SaveOrderViewCommand(String name, Map<String, String> filters) {

        public SaveOrderViewCommand {
            name = Check.text("name", name, 100);
            filters = SavedOrderView.checkedFilters(filters == null ? Map.of() : filters);
        }

        /** What makes two requests the same request, for the idempotency key. */
        public String fingerprint() {
            return name + '|' + new TreeMap<>(filters);
        }
    }

    /** @param replayed true when an earlier request with the same key saved it */
    record SavedView(SavedOrderView view, boolean replayed) {
    }
}
