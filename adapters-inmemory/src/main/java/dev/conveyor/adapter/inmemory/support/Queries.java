package dev.conveyor.adapter.inmemory.support;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.util.List;
import java.util.Locale;

/** What SQL does for the in-memory adapters' queries: ILIKE-style matching and offset paging. */
public final class Queries {

    private Queries() {
    }

    /** Null text matches everything, as an omitted filter does. */
    public static boolean containsIgnoringCase(String haystack, String text) {
        return text == null || (haystack != null && lower(haystack).contains(lower(text)));
    }

    /** The requested page of already filtered and sorted matches, with their total. */
    public static <T> Page<T> page(List<T> matches, PageRequest request) {
        int from = (int) Math.min(request.offset(), matches.size());
        int to = Math.min(from + request.size(), matches.size());
        return Page.of(matches.subList(from, to), request, matches.size());
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
