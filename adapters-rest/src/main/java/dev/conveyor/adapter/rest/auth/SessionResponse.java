package dev.conveyor.adapter.rest.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.user.UserResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * @param expiresIn seconds until the access token expires
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SessionResponse(@Nullable String accessToken, String tokenType, long expiresIn, @Nullable String refreshToken,
                              Instant refreshTokenExpiresAt, UserResponse user) {
}
