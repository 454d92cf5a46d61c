package dev.conveyor.adapter.persistence.support;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.Locale;

/** Between the core's pages and Micronaut Data's, and the search patterns of the list queries. */
public final class Paging {

    private Paging() {
    }

    public static Pageable pageable(PageRequest page, Sort sort) {
        return Pageable.from(page.page(), page.size(), sort);
    }

    public static <T> Page<T> page(io.micronaut.data.model.Page<T> found, PageRequest request) {
        return Page.of(found.getContent(), request, found.getTotalSize());
    }

    /**
     * A LIKE pattern matching {@code text} anywhere, to compare with a lower-cased column. The user's own
     * {@code %} and {@code _} match literally (backslash is the default escape of both databases).
     */
    public static String containsPattern(String text) {
        return "%" + literal(text.toLowerCase(Locale.ROOT)) + "%";
    }

    /**
     * {@code text} as part of a LIKE pattern that matches it literally: its {@code %} and {@code _} (and
     * the escape, backslash, the default of both databases) escaped.
     */
    public static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
