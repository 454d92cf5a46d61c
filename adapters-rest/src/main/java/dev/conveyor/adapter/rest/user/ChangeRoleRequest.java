package dev.conveyor.adapter.rest.user;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.domain.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
public record ChangeRoleRequest(@Nullable @Schema(implementation = Role.class) String role) implements JsonRequest {

    Role toRole() {
        return Inputs.enumValue("role", role, Role.class);
    }
}
