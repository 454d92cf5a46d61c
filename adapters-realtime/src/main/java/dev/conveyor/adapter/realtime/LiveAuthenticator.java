package dev.conveyor.adapter.realtime;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
 * API.
 */
@Singleton
final class LiveAuthenticator {

    static final String COOKIE = "CONVEYOR_ACCESS";
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(5);

    private final List<TokenValidator<HttpRequest<?>>> validators;

    LiveAuthenticator(List<TokenValidator<HttpRequest<?>>> validators) {
        this.validators = validators;
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

    /** The user the token names, empty when it is invalid or expired. */
    Optional<Actor> authenticate(String token, HttpRequest<?> request, String correlationId) {
        for (TokenValidator<HttpRequest<?>> validator : validators) {
            Optional<Authentication> authentication = first(validator.validateToken(token, request));
            if (authentication.isPresent()) {
                return actorOf(authentication.get(), correlationId);
            }
        }
        return Optional.empty();
    }

    private static Optional<Actor> actorOf(Authentication authentication, String correlationId) {
        try {
            UserId userId = new UserId(UUID.fromString(authentication.getName()));
            return authentication.getRoles().stream().findFirst().map(Role::valueOf)
                    .map(role -> Actor.user(userId, role, correlationId));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
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
