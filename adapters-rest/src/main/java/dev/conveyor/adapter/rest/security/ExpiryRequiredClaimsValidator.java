package dev.conveyor.adapter.rest.security;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

/**
 * Micronaut's expiry check passes a token without {@code exp}; such a token
 * would be valid for ever, so it is refused (on the REST API and on live
 * connections alike: both validate through Micronaut's validators).
 */
@Singleton
final class ExpiryRequiredClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    @Override
    public boolean validate(@NonNull Claims claims, @Nullable HttpRequest<?> request) {
        return claims.get(Claims.EXPIRATION_TIME) != null;
    }
}
