package dev.conveyor.adapter.rest.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Micronaut's token authentication (bearer header or access cookie), remembering
 * each validated access token until it expires, and holding every token to its
 * user's current session marker ({@link SessionMarkers}) on every request: a
 * token of a user who logged out, changed role or was deleted authenticates
 * nobody (401). A client sends the same token with every request for
 * 15 minutes, and parsing it and checking its signature every time cost a
 * quarter of the server's CPU on cheap reads. Validation itself stays
 * Micronaut's: a token is accepted exactly when Micronaut accepted it and it has
 * not expired since; a tampered token is a different string and is validated
 * afresh.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class CachingTokenAuthenticationFetcher extends TokenAuthenticationFetcher {

    private final TokenResolver<HttpRequest<?>> tokens;
    private final ValidatedTokens validated;
    private final SessionMarkers sessions;

    CachingTokenAuthenticationFetcher(List<TokenValidator<HttpRequest<?>>> validators,
                                      TokenResolver<HttpRequest<?>> tokens,
                                      ApplicationEventPublisher<TokenValidatedEvent> events,
                                      HttpHostResolver hosts, HttpLocaleResolver locales, SessionMarkers sessions,
                                      @Value("${conveyor.security.validated-token-cache-size:10000}") int capacity) {
        super(validators, tokens, events, hosts, locales);
        this.tokens = tokens;
        this.validated = new ValidatedTokens(capacity, Clock.systemUTC());
        this.sessions = sessions;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        Optional<String> token = tokens.resolveToken(request);
        if (token.isEmpty()) {
            return super.fetchAuthentication(request);
        }
        Optional<Authentication> known = validated.find(token.get());
        Publisher<Authentication> authentication;
        if (known.isPresent()) {
            request.setAttribute(SecurityFilter.TOKEN, token.get());
            authentication = Publishers.just(known.get());
        } else {
            authentication = Publishers.then(super.fetchAuthentication(request),
                    validAuthentication -> validated.remember(token.get(), validAuthentication));
        }
        return Mono.from(authentication).filterWhen(sessions::current);
    }
}
