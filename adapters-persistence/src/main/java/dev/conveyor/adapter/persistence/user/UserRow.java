package dev.conveyor.adapter.persistence.user;

import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code users}; the profile's address is flattened into {@code address_*} columns. */
@MappedEntity("users")
record UserRow(@Id UUID id, String email, @Nullable String passwordHash, Role role, @Nullable String name,
               @Nullable String phone, @Nullable String addressName, @Nullable String addressLine1,
               @Nullable String addressLine2, @Nullable String addressCity, @Nullable String addressRegion,
               @Nullable String addressPostalCode, @Nullable String addressCountry, Instant createdAt,
               Instant updatedAt, @Nullable Instant deletedAt, @Version long version) {

    static UserRow of(User user) {
        Profile profile = user.profile();
        Address address = profile.address();
        boolean hasAddress = address != null;
        return new UserRow(user.id().value(), user.email().value(), user.passwordHash(), user.role(), profile.name(),
                profile.phone(), hasAddress ? address.name() : null, hasAddress ? address.line1() : null,
                hasAddress ? address.line2() : null, hasAddress ? address.city() : null,
                hasAddress ? address.region() : null, hasAddress ? address.postalCode() : null,
                hasAddress ? address.country() : null, user.createdAt(), user.updatedAt(), user.deletedAt(),
                user.version());
    }

    User toUser() {
        Address address = addressLine1 == null ? null
                : new Address(addressName, addressLine1, addressLine2, addressCity, addressRegion, addressPostalCode,
                        addressCountry);
        return User.rehydrate(new UserId(id), new Email(email), passwordHash, role, new Profile(name, phone, address),
                createdAt, updatedAt, deletedAt, version);
    }
}
