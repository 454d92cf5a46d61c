package dev.conveyor.domain.user;

import dev.conveyor.domain.event.DomainEvent;
import dev.conveyor.domain.event.PendingEvents;
import dev.conveyor.domain.shared.Check;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An account. Deleting one keeps the row (orders point at it) but erases what
 * identifies the person and makes the account unusable.
 */
public final class User {

    private final UserId id;
    private Email email;
    private String passwordHash;
    private Role role;
    private Profile profile;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private long version;
    private final PendingEvents events = new PendingEvents();

    private User(UserId id, Email email, String passwordHash, Role role, Profile profile, Instant createdAt,
                 Instant updatedAt, Instant deletedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.email = Objects.requireNonNull(email);
        this.passwordHash = passwordHash;
        this.role = Objects.requireNonNull(role);
        this.profile = Objects.requireNonNull(profile);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.deletedAt = deletedAt;
        this.version = version;
    }

    /** Self-service signup: always a customer. */
    public static User signUp(Email email, String passwordHash, Profile profile, Instant now) {
        User user = new User(UserId.newId(), email, Check.notNull("password", passwordHash), Role.CUSTOMER,
                profile, now, now, null, 0);
        user.events.add(new UserEvents.UserRegistered(user.id.value(), email.value(), user.role, now));
        return user;
    }

    /** The first administrator, created from configuration. */
    public static User firstAdmin(Email email, String passwordHash, Instant now) {
        return new User(UserId.newId(), email, Check.notNull("password", passwordHash), Role.ADMIN,
                Profile.EMPTY, now, now, null, 0);
    }

    public static User rehydrate(UserId id, Email email, String passwordHash, Role role, Profile profile,
                                 Instant createdAt, Instant updatedAt, Instant deletedAt, long version) {
        return new User(id, email, passwordHash, role, profile, createdAt, updatedAt, deletedAt, version);
    }

    public void changeRole(Role newRole, Instant now) {
        Role previous = role;
        this.role = Objects.requireNonNull(newRole);
        touch(now);
        if (previous != newRole) {
            events.add(new UserEvents.RoleChanged(id.value(), previous, newRole, now));
        }
    }

    public void updateProfile(Profile newProfile, Instant now) {
        this.profile = Objects.requireNonNull(newProfile);
        touch(now);
    }

    public void changePassword(String newPasswordHash, Instant now) {
        this.passwordHash = Check.notNull("password", newPasswordHash);
        touch(now);
    }

    public void delete(Instant now) {
        this.email = new Email("deleted-" + id.value() + "@deleted.invalid");
        this.passwordHash = null;
        this.profile = Profile.EMPTY;
        this.deletedAt = now;
        touch(now);
    }

    public boolean isActive() {
        return deletedAt == null;
    }

    private void touch(Instant now) {
        this.updatedAt = now;
    }

    public UserId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    /** Null once the account is deleted: nothing can log in to it. */
    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Profile profile() {
        return profile;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public long version() {
        return version;
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }
}
