package dev.conveyor.adapter.rest.user;

import dev.conveyor.adapter.rest.common.CommonMappings;
import dev.conveyor.domain.user.Email;
import dev.conveyor.domain.user.Profile;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.User;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * User to JSON. {@link User} exposes record-style accessors that MapStruct does
 * not read as properties, so the public method hands its parts to a generated one.
 */
@Mapper
public interface UserMapper extends CommonMappings {

    default UserResponse toResponse(User user) {
        return toResponse(user.id(), user.email(), user.role(), user.profile(), user.createdAt(), user.updatedAt());
    }

    @Mapping(target = "id", source = "id")
    @Mapping(target = "email", source = "email.value")
    @Mapping(target = "role", source = "role")
    @Mapping(target = "name", source = "profile.name")
    @Mapping(target = "phone", source = "profile.phone")
    @Mapping(target = "address", source = "profile.address")
    @Mapping(target = "createdAt", source = "createdAt")
    @Mapping(target = "updatedAt", source = "updatedAt")
    UserResponse toResponse(UserId id, Email email, Role role, Profile profile, Instant createdAt, Instant updatedAt);
}
