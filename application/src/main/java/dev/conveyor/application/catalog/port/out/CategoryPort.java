package dev.conveyor.application.catalog.port.out;

import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import java.util.List;
import java.util.Optional;

/** The managed categories. Names and slugs are unique. */
public interface CategoryPort {

    /** @return false, writing nothing, when the name or the slug is taken */
    boolean insert(Category category);

    /**
     * @return false, writing nothing, when another category has the name or the slug
     */
    boolean update(Category category);

    Optional<Category> findById(CategoryId id);

    Optional<Category> findByName(String name);

    /** Every category, by name. */
    List<Category> list();

    /** @return false when there was none */
    boolean delete(CategoryId id);
}
