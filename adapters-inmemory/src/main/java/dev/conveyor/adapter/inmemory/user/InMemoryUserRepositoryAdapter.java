package dev.conveyor.adapter.inmemory.user;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.adapter.inmemory.support.Queries;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.application.shared.port.out.UserRepositoryPort;
import dev.conveyor.domain.shared.ConcurrentModificationException;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryUserRepositoryAdapter implements UserRepositoryPort {

    private static final Comparator<UserRow> NEWEST_FIRST = Comparator.comparing(UserRow::createdAt)
            .thenComparing(row -> row.id().value()).reversed();

    private final MemoryStore store;
    private final Map<UserId, UserRow> rows = new HashMap<>();
    /** E-mail addresses are lower-case already, so equal keys mean the same address. */
    private final Map<Email, UserId> byEmail = new HashMap<>();

    public InMemoryUserRepositoryAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean insert(User user) {
        return store.atomically(() -> {
            if (rows.containsKey(user.id())) {
                throw new IllegalStateException("user " + user.id() + " is stored already");
            }
            if (byEmail.containsKey(user.email())) {
                return false;
            }
            store.put(rows, user.id(), UserRow.of(user, user.version()));
            store.put(byEmail, user.email(), user.id());
            return true;
        });
    }

    @Override
    public void update(User user) {
        store.atomically(() -> {
            UserRow stored = rows.get(user.id());
            if (stored == null || stored.version() != user.version()) {
                throw new ConcurrentModificationException("user", user.id());
            }
            if (!stored.email().equals(user.email())) {
                UserId holder = byEmail.get(user.email());
                if (holder != null) {
                    throw new ConflictException("EMAIL_TAKEN", "an account with e-mail " + user.email() + " exists");
                }
                store.remove(byEmail, stored.email());
                store.put(byEmail, user.email(), user.id());
            }
            store.put(rows, user.id(), UserRow.of(user, stored.version() + 1));
            return null;
        });
    }

    @Override
    public Optional<User> findById(UserId id) {
        return store.atomically(() -> Optional.ofNullable(rows.get(id)).map(UserRow::toUser));
    }

    @Override
    public boolean isActive(UserId id) {
        return store.atomically(() -> rows.containsKey(id) && rows.get(id).deletedAt() == null);
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return store.atomically(() -> Optional.ofNullable(byEmail.get(email)).map(rows::get).map(UserRow::toUser));
    }

    @Override
    public Page<User> list(Role role, String text, PageRequest page) {
        return store.atomically(() -> Queries.page(rows.values().stream()
                .filter(row -> row.deletedAt() == null)
                .filter(row -> role == null || row.role() == role)
                .filter(row -> text == null || Queries.containsIgnoringCase(row.email().value(), text)
                        || Queries.containsIgnoringCase(row.profile().name(), text))
                .sorted(NEWEST_FIRST)
                .toList(), page).map(UserRow::toUser));
    }

    /** What a users table row holds; a fresh {@link User} is made from it on every read. */
    private record UserRow(UserId id, Email email, String passwordHash, Role role, Profile profile,
                           Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {

        static UserRow of(User user, long version) {
            return new UserRow(user.id(), user.email(), user.passwordHash(), user.role(), user.profile(),
                    user.createdAt(), user.updatedAt(), user.deletedAt(), version);
        }

        User toUser() {
            return User.rehydrate(id, email, passwordHash, role, profile, createdAt, updatedAt, deletedAt, version);
        }
    }
}
