package dev.conveyor.domain.catalog;

import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.InvalidInputException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A managed catalogue category. Products name it (promotions match that name), the database links
 * them by id; one level of nesting: a category with a parent cannot be a parent itself.
 *
 * @param slug     the category's address in the shop ({@code kitchen-tools}); derived from the name when absent
 * @param parentId null for a top-level category
 */
public record Category(CategoryId id, String name, String slug, CategoryId parentId) {

    public static final int MAX_NAME = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Category {
        Objects.requireNonNull(id, "id");
        name = Check.text("name", name, MAX_NAME);
        slug = slug == null || slug.isBlank() ? slugOf(name) : slug;
        slug = Check.text("slug", slug, MAX_NAME);
        Check.matches("slug", slug, SLUG, "lower-case letters and digits separated by single hyphens");
        if (id.equals(parentId)) {
            throw new InvalidInputException("parentId", "a category cannot be its own parent");
        }
    }

    /** Lower-case ASCII letters and digits of the name, runs of anything else as one hyphen. */
    public static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "category" : slug;
    }

    public boolean isTopLevel() {
        return parentId == null;
    }
}
