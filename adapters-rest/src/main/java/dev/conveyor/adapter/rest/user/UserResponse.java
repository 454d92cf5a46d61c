package dev.conveyor.adapter.rest.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.domain.user.Role;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/** An account as its owner and administrators see it: the password hash never leaves the server. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UserResponse(UUID id, String email, Role role, String name, String phone, AddressResponse address,
                           Instant createdAt, Instant updatedAt) {
}
