package dev.conveyor.adapter.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.domain.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** An account as its owner and administrators see it: the password hash never leaves the server. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(UUID id, String email, Role role, @Nullable String name, @Nullable String phone,
                           @JsonInclude(JsonInclude.Include.NON_NULL)
                           @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                   description = "absent while the user has given no address")
                           AddressResponse address,
                           Instant createdAt, Instant updatedAt) {
}
