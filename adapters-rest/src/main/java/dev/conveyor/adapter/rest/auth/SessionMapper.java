package dev.conveyor.adapter.rest.auth;

import dev.conveyor.adapter.rest.user.UserMapper;
import dev.conveyor.application.accounts.port.in.Session;
import java.time.Duration;
import java.time.Instant;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = UserMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface SessionMapper {

    @Mapping(target = "accessToken", source = "session.accessToken.value")
    @Mapping(target = "tokenType", constant = "Bearer")
    @Mapping(target = "expiresIn", expression = "java(secondsUntil(session.accessToken().expiresAt(), now))")
    @Mapping(target = "refreshToken", source = "session.refreshToken")
    @Mapping(target = "refreshTokenExpiresAt", source = "session.refreshTokenExpiresAt")
    @Mapping(target = "user", source = "session.user")
    SessionResponse toResponse(Session session, Instant now);

    /** The same answer for cookie mode, where the tokens travel only in HttpOnly cookies. */
    default SessionResponse withoutTokens(SessionResponse response) {
        return new SessionResponse(null, response.tokenType(), response.expiresIn(), null,
                response.refreshTokenExpiresAt(), response.user());
    }

    /** Whole seconds, rounded up so that a client never waits past the expiry. */
    default long secondsUntil(Instant expiresAt, Instant now) {
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative()) {
            return 0;
        }
        return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    }
}
