package dev.conveyor.adapter.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the access token from the {@value AuthCookies#ACCESS} cookie. Ordered
 * after the bearer reader, so an Authorization header wins. (Micronaut's own
 * cookie reader only exists in its cookie login mode, which would replace the
 * token answers of the login route.)
 */
@Singleton
final class CookieAccessTokenReader implements TokenReader<HttpRequest<?>> {

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return AuthCookies.value(request, AuthCookies.ACCESS);
    }

    @Override
    public int getOrder() {
        return 100;
    }
}
