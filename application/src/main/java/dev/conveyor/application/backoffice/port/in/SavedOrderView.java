package dev.conveyor.application.backoffice.port.in;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A named set of the admin order list's filters, saved by one staff member for themselves.
 *
 * @param filters the list's query parameters by name ({@link #PARAMETERS}), as the list reads them
 */
public record SavedOrderView(UUID id, String name, Map<String, String> filters, Instant createdAt) {

    /** The order list's parameters a view may hold (paging is not a filter). */
    public static final List<String> PARAMETERS = List.of("q", "status", "paymentStatus", "fulfilmentStatus", "from",
            "to", "sellerId", "sort");

    public SavedOrderView {
        Check.notNull("id", id);
        name = Check.text("name", name, 100);
        filters = checkedFilters(filters);
        Check.notNull("createdAt", createdAt);
    }

    /**
     * Only the list's parameters, each at most 200 characters; blank values are left out, so that a view holds
     * only the filters it sets.
     */
    public static Map<String, String> checkedFilters(Map<String, String> given) {
        Map<String, String> kept = new TreeMap<>();
        for (Map.Entry<String, String> filter : Check.notNull("filters", given).entrySet()) {
            if (!PARAMETERS.contains(filter.getKey())) {
                throw new InvalidInputException("filters." + filter.getKey(), "not a filter of the order list; one of "
                        + PARAMETERS);
            }
            String value = Check.optionalText("filters." + filter.getKey(), filter.getValue(), 200);
            if (value != null) {
                kept.put(filter.getKey(), value);
            }
        }
        return Map.copyOf(kept);
    }
}
