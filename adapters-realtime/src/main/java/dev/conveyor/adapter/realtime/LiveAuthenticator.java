package dev.conveyor.adapter.realtime;

import dev.conveyor.application.accounts.port.in.GetSessionMarkerQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * Who opens a live connection: the access token (the JWT the REST API takes)
 * from the query parameter {@code access_token}, the cookie {@code
 * CONVEYOR_ACCESS}, the {@code Authorization: Bearer} header, or later the
 * first message. Validated by Micronaut's own token validators, as on the REST
 * API, and held to the user's current session marker, read afresh (a
 * connection is opened once, so no cache stands between a logout and it).
 */
@Singleton
final class LiveAuthenticator {

    static final String COOKIE = "CONVEYOR_ACCESS";
    /** The claim of the access token that carries the session marker (see the REST adapter's token issuer). */
    private static final String MARKER_CLAIM = "tv";
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(5);

    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final GetSessionMarkerQuery markers;

    LiveAuthenticator(List<TokenValidator<HttpRequest<?>>> validators, GetSessionMarkerQuery markers) {
        this.validators = validators;
        this.markers = markers;
    }

    /** The token the upgrade request carries, if any. */
    static Optional<String> tokenOf(HttpRequest<?> request) {
        Optional<String> query = request.getParameters().getFirst("access_token");
        if (query.isPresent() && !query.get().isBlank()) {
            return query;
        }
        Optional<String> cookie = request.getCookies().findCookie(COOKIE).map(Cookie::getValue);
        if (cookie.isPresent() && !cookie.get().isBlank()) {
            return cookie;
        }
        return request.getHeaders().getAuthorization()
                .filter(header -> header.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(header -> header.substring(7).strip());
    }

    /** Who the token names, empty when it is invalid, expired, or its session ended. */
    Optional<LiveIdentity> authenticate(String token, HttpRequest<?> request, String correlationId) {
        for (TokenValidator<HttpRequest<?>> validator : validators) {
            Optional<Authentication> authentication = first(validator.validateToken(token, request));
            if (authentication.isPresent()) {
                return identityOf(authentication.get(), correlationId).filter(who -> current(who.session()));
            }
        }
        return Optional.empty();
    }

    /** Whether the session is still its user's current one (read afresh). */
    boolean current(LiveIdentity.Session session) {
        OptionalLong marker = markers.current(session.user());
        return marker.isPresent() && marker.getAsLong() == session.marker();
    }

    private static Optional<LiveIdentity> identityOf(Authentication authentication, String correlationId) {
        Instant expiresAt = expiryOf(authentication.getAttributes().get("exp"));
        if (expiresAt == null) {
            return Optional.empty();
        }
        // tokens issued before markers existed carry none: they count as the first marker, 0
        long marker = authentication.getAttributes().get(MARKER_CLAIM) instanceof Number number
                ? number.longValue() : 0;
        try {
            UserId userId = new UserId(UUID.fromString(authentication.getName()));
            return authentication.getRoles().stream().findFirst().map(Role::valueOf)
                    .map(role -> new LiveIdentity(Actor.user(userId, role, correlationId), expiresAt, marker));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Instant expiryOf(Object exp) {
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }

    private static <T> Optional<T> first(Publisher<T> publisher) {
        CompletableFuture<T> result = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<T>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(T item) {
                result.complete(item);
            }

            @Override
            public void onError(Throwable error) {
                result.complete(null);
            }

            @Override
            public void onComplete() {
                result.complete(null);
            }
        });
        try {
            return Optional.ofNullable(result.get(VALIDATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
