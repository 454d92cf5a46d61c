package dev.conveyor.adapter.persistence.user;

import dev.conveyor.adapter.persistence.support.Columns;
import dev.conveyor.adapter.persistence.support.Jdbc;
import dev.conveyor.adapter.persistence.support.Paging;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.order.Order;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Singleton
@Requires(property = "conveyor.persistence", value = "jdbc", defaultValue = "jdbc")
final class JdbcUserRepositoryAdapter implements UserRepositoryPort {

    private static final Sort NEWEST_FIRST = Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    /**
     * A taken e-mail address must not abort the PostgreSQL transaction the way a failed insert would: the
     * conflict leaves the update count at 0.
     */
    private static final String INSERT = """
            INSERT INTO users (id, email, password_hash, role, name, phone, address_name, address_line1,
                               address_line2, address_city, address_region, address_postal_code, address_country,
                               created_at, updated_at, deleted_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";

    /**
     * By hand rather than through the generated repository: the mail consumer reads each order's customer, and
     * Micronaut Data's mapping of the row was a fifth of that consumer's CPU.
     */
    private static final String FIND_BY_ID = """
            SELECT id, email, password_hash, role, name, phone, address_name, address_line1, address_line2,
                   address_city, address_region, address_postal_code, address_country, created_at, updated_at,
                   deleted_at, version
              FROM users WHERE id = ?""";

    private final UserJdbcRepository users;
    private final Jdbc jdbc;

    JdbcUserRepositoryAdapter(UserJdbcRepository users, Jdbc jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(User user) {
        UserRow row = UserRow.of(user);
        return jdbc.update(INSERT, statement -> {
            statement.setObject(1, row.id());
            statement.setString(2, row.email());
            statement.setString(3, row.passwordHash());
            statement.setString(4, row.role().name());
            statement.setString(5, row.name());
            statement.setString(6, row.phone());
            statement.setString(7, row.addressName());
            statement.setString(8, row.addressLine1());
            statement.setString(9, row.addressLine2());
            statement.setString(10, row.addressCity());
            statement.setString(11, row.addressRegion());
            statement.setString(12, row.addressPostalCode());
            statement.setString(13, row.addressCountry());
            Columns.setInstant(statement, 14, row.createdAt());
            Columns.setInstant(statement, 15, row.updatedAt());
            Columns.setInstant(statement, 16, row.deletedAt());
            statement.setLong(17, row.version());
        }) == 1;
    }

    @Override
    public void update(User user) {
        try {
            users.update(UserRow.of(user));
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("user", user.id());
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return jdbc.one(FIND_BY_ID, statement -> statement.setObject(1, id.value()), row -> new UserRow(
                Columns.uuid(row, "id"), row.getString("email"), row.getString("password_hash"),
                Role.valueOf(row.getString("role")), row.getString("name"), row.getString("phone"),
                row.getString("address_name"), row.getString("address_line1"), row.getString("address_line2"),
                row.getString("address_city"), row.getString("address_region"),
                row.getString("address_postal_code"), row.getString("address_country"),
                Columns.instant(row, "created_at"), Columns.instant(row, "updated_at"),
                Columns.instant(row, "deleted_at"), row.getLong("version")).toUser());
    }

    @Override
    public boolean isActive(UserId id) {
        return jdbc.one("SELECT 1 FROM users WHERE id = ? AND deleted_at IS NULL",
                statement -> statement.setObject(1, id.value()), row -> true).isPresent();
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return users.findByEmail(email.value()).map(UserRow::toUser);
    }

    @Override
    public Page<User> list(Role role, String text, PageRequest page) {
        PredicateSpecification<UserRow> active = (root, criteria) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(criteria.isNull(root.get("deletedAt")));
            if (role != null) {
                conditions.add(criteria.equal(root.get("role"), role));
            }
            if (text != null) {
                String pattern = Paging.containsPattern(text);
                conditions.add(criteria.or(
                        criteria.like(criteria.lower(root.get("email")), pattern),
                        criteria.like(criteria.lower(root.get("name")), pattern)));
            }
            return criteria.and(conditions.toArray(Predicate[]::new));
        };
        return Paging.page(users.findAll(active, Paging.pageable(page, NEWEST_FIRST)), page).map(UserRow::toUser);
    }
}
