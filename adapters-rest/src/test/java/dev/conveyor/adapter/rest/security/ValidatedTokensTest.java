package dev.conveyor.adapter.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidatedTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final MovableClock clock = new MovableClock();

    private static Authentication expiringAt(Instant exp) {
        return Authentication.build("user", List.of("CUSTOMER"), Map.of("exp", Date.from(exp)));
    }

    @Test
    void aValidationIsRememberedUntilTheTokenExpiresAndNotAnInstantLonger() {
        ValidatedTokens tokens = new ValidatedTokens(10, clock);
        Authentication authentication = expiringAt(NOW.plusSeconds(60));
        tokens.remember("t", authentication);

        assertEquals(Optional.of(authentication), tokens.find("t"));
        clock.now = NOW.plusSeconds(59);
        assertEquals(Optional.of(authentication), tokens.find("t"));
        clock.now = NOW.plusSeconds(60);
        assertEquals(Optional.empty(), tokens.find("t"));
        assertEquals(0, tokens.size());
    }

    @Test
    void tokensWithoutAReadableOrAFutureExpiryAreNotRemembered() {
        ValidatedTokens tokens = new ValidatedTokens(10, clock);
        tokens.remember("none", Authentication.build("user", Map.of()));
        tokens.remember("past", expiringAt(NOW.minusSeconds(1)));
        tokens.remember("seconds", Authentication.build("user", Map.of("exp", NOW.plusSeconds(5).getEpochSecond())));
        assertEquals(Optional.empty(), tokens.find("none"));
        assertEquals(Optional.empty(), tokens.find("past"));
        assertTrue(tokens.find("seconds").isPresent());
    }

    @Test
    void theMemoryIsBounded() {
        ValidatedTokens tokens = new ValidatedTokens(3, clock);
        for (int i = 0; i < 10; i++) {
            tokens.remember("t" + i, expiringAt(NOW.plusSeconds(60)));
            assertTrue(tokens.size() <= 3, "remembered " + tokens.size());
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
