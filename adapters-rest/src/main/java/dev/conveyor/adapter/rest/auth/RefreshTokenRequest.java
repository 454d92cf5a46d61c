package dev.conveyor.adapter.rest.auth;

import dev.conveyor.adapter.rest.web.JsonRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of refresh and logout: the refresh token a login or the last refresh returned. */
@Serdeable
public record RefreshTokenRequest(@Nullable String refreshToken) implements JsonRequest {

    @Override
    public String toString() {
        return "RefreshTokenRequest[****]";
    }
}
