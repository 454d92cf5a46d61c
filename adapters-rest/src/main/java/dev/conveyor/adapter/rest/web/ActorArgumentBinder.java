package dev.conveyor.adapter.rest.web;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.UnauthenticatedException;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * Lets a controller method declare an {@link Actor} parameter: the
 * authenticated user (id from the token's subject, role from its roles claim)
 * or an anonymous caller, with the request's correlation id.
 */
@Singleton
final class ActorArgumentBinder implements TypedRequestArgumentBinder<Actor> {

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> request) {
        String correlationId = CorrelationIds.of(request);
        Actor actor = request.getUserPrincipal(Authentication.class)
                .map(authentication -> user(authentication, correlationId))
                .orElseGet(() -> Actor.anonymous(correlationId));
        return () -> Optional.of(actor);
    }

    static Actor user(Authentication authentication, String correlationId) {
        try {
            UserId userId = new UserId(UUID.fromString(authentication.getName()));
            Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                    .orElseThrow(() -> new UnauthenticatedException("the access token carries no role"));
            return Actor.user(userId, role, correlationId);
        } catch (IllegalArgumentException malformed) {
            throw new UnauthenticatedException("the access token does not name a user and role");
        }
    }
}
