package dev.conveyor.adapter.persistence.catalog;

import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.application.catalog.port.out.CategoryPort;
import dev.conveyor.domain.catalog.Category;
import dev.conveyor.domain.catalog.CategoryId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcCategoryAdapter implements CategoryPort {

    private static final String COLUMNS = "SELECT id, name, slug, parent_id FROM categories ";

    /** A taken name or slug leaves the count at 0 instead of aborting a PostgreSQL transaction. */
    private static final String INSERT = """
            INSERT INTO categories (id, name, slug, parent_id) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    private static final String UPDATE = """
            UPDATE categories SET name = ?, slug = ?, parent_id = ?
             WHERE id = ?
               AND NOT EXISTS (SELECT 1 FROM categories other
                                WHERE other.id <> ? AND (other.name = ? OR other.slug = ?))""";

    private final Jdbc jdbc;
    /** The category tree shown to shoppers; its changes and lookups by id or name stay on {@link #jdbc}. */
    private final Jdbc reads;

    JdbcCategoryAdapter(Jdbc jdbc, @Named(Jdbc.READS) Jdbc reads) {
        this.jdbc = jdbc;
        this.reads = reads;
    }

    @Override
    public boolean insert(Category category) {
        return jdbc.update(INSERT, statement -> {
            statement.setObject(1, category.id().value());
            statement.setString(2, category.name());
            statement.setString(3, category.slug());
            statement.setObject(4, category.parentId() == null ? null : category.parentId().value());
        }) == 1;
    }

    @Override
    public boolean update(Category category) {
        return jdbc.update(UPDATE, statement -> {
            statement.setString(1, category.name());
            statement.setString(2, category.slug());
            statement.setObject(3, category.parentId() == null ? null : category.parentId().value());
            statement.setObject(4, category.id().value());
            statement.setObject(5, category.id().value());
            statement.setString(6, category.name());
            statement.setString(7, category.slug());
        }) == 1;
    }

    @Override
    public Optional<Category> findById(CategoryId id) {
        return jdbc.list(COLUMNS + "WHERE id = ?", statement -> statement.setObject(1, id.value()),
                JdbcCategoryAdapter::category).stream().findFirst();
    }

    /** Exact spelling first, so that two names differing only in case stay apart. */
    @Override
    public Optional<Category> findByName(String name) {
        return jdbc.list(COLUMNS + "WHERE LOWER(name) = LOWER(?) ORDER BY CASE WHEN name = ? THEN 0 ELSE 1 END, name",
                statement -> {
                    statement.setString(1, name);
                    statement.setString(2, name);
                }, JdbcCategoryAdapter::category).stream().findFirst();
    }

    @Override
    public List<Category> list() {
        return reads.list(COLUMNS + "ORDER BY LOWER(name), id", statement -> { }, JdbcCategoryAdapter::category);
    }

    @Override
    public boolean delete(CategoryId id) {
        return jdbc.update("DELETE FROM categories WHERE id = ?", statement -> statement.setObject(1, id.value()))
                == 1;
    }

    private static Category category(ResultSet row) throws SQLException {
        UUID parent = row.getObject("parent_id", UUID.class);
        return new Category(new CategoryId(row.getObject("id", UUID.class)), row.getString("name"),
                row.getString("slug"), parent == null ? null : new CategoryId(parent));
    }
}
