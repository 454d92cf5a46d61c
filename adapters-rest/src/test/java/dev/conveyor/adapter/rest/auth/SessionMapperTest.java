package dev.conveyor.adapter.rest.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.conveyor.adapter.rest.Fixtures;
import dev.conveyor.adapter.rest.user.UserMapperImpl;
import dev.conveyor.application.accounts.port.in.Session;
import dev.conveyor.application.accounts.port.out.AccessTokenPort.AccessToken;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionMapperTest {

    private final SessionMapper mapper = new SessionMapperImpl(new UserMapperImpl());

    @Test
    void aSessionBecomesABearerTokenResponse() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        UserId user = UserId.newId();
        Session session = new Session(new AccessToken("jwt", now.plusSeconds(900)), "refresh",
                now.plusSeconds(86_400), Fixtures.user(user, Role.CUSTOMER));

        SessionResponse response = mapper.toResponse(session, now);

        assertEquals("jwt", response.accessToken());
        assertEquals("Bearer", response.tokenType());
        assertEquals(900, response.expiresIn());
        assertEquals("refresh", response.refreshToken());
        assertEquals(now.plusSeconds(86_400), response.refreshTokenExpiresAt());
        assertEquals(user.value(), response.user().id());
    }

    @Test
    void expiresInIsRoundedUpAndNeverNegative() {
        Instant expiry = Instant.parse("2026-03-01T10:15:00Z");

        assertEquals(1, mapper.secondsUntil(expiry, expiry.minusMillis(1)));
        assertEquals(0, mapper.secondsUntil(expiry, expiry));
        assertEquals(0, mapper.secondsUntil(expiry, expiry.plusSeconds(5)));
    }
}
