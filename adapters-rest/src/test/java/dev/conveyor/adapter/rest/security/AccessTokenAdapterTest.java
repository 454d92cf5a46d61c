package dev.conveyor.adapter.rest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import dev.conveyor.adapter.rest.Fixtures;
import dev.conveyor.application.accounts.port.out.AccessTokenPort.AccessToken;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.security.token.jwt.validator.ExpirationJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JsonWebTokenValidator;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens issued by the adapter, checked by micronaut-security-jwt's own validation. */
class AccessTokenAdapterTest {

    private static final String SECRET = "a-secret-for-hs256-that-is-long-enough-0123456789";

    private static ApplicationContext context;
    private static AccessTokenAdapter tokens;
    private static JsonWebTokenValidator<JWT, HttpRequest<?>> validator;

    @BeforeAll
    static void start() {
        context = ApplicationContext.run(Map.of(
                "micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET,
                "conveyor.security.access-token-lifetime", "10m"));
        tokens = context.getBean(AccessTokenAdapter.class);
        validator = validatorOf(context);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    private static Optional<JWT> validate(String token) {
        return validator.validate(token, null);
    }

    @Test
    void aFreshTokenIsValidAndCarriesSubjectRoleAndTimes() throws ParseException {
        UserId user = UserId.newId();
        Instant now = Instant.now();

        AccessToken token = tokens.issue(Fixtures.user(user, Role.SELLER), 7, now);

        JWTClaimsSet claims = validate(token.value()).orElseThrow().getJWTClaimsSet();
        assertEquals(user.value().toString(), claims.getSubject());
        assertEquals(List.of("SELLER"), claims.getStringListClaim("roles"));
        assertEquals(now.truncatedTo(ChronoUnit.SECONDS), claims.getIssueTime().toInstant());
        assertEquals(token.expiresAt(), claims.getExpirationTime().toInstant());
        assertEquals(Duration.ofMinutes(10), Duration.between(claims.getIssueTime().toInstant(), token.expiresAt()));
        assertEquals("HS256", validate(token.value()).orElseThrow().getHeader().getAlgorithm().getName());
        assertEquals(7L, claims.getLongClaim(AccessTokenAdapter.MARKER_CLAIM));
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = tokens.issue(Fixtures.user(UserId.newId(), Role.CUSTOMER), 0, Instant.now()).value();

        assertTrue(validate(token).isPresent());
        assertTrue(validate(Jwts.withPayloadTampered(token)).isEmpty());
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue(Fixtures.user(UserId.newId(), Role.CUSTOMER), 0,
                Instant.now().minus(Duration.ofMinutes(11))).value();

        assertTrue(validate(token).isEmpty());
        // refused for its expiry and nothing else: the same validation without the expiry check accepts it
        try (ApplicationContext withoutExpiryCheck = ApplicationContext.run(Map.of(
                "micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET,
                "micronaut.security.token.jwt.claims-validators.expiration", false))) {
            assertTrue(withoutExpiryCheck.getBeansOfType(ExpirationJwtClaimsValidator.class).isEmpty());
            assertTrue(validatorOf(withoutExpiryCheck).validate(token, null).isPresent());
        }
    }

    @Test
    void aSignedTokenWithoutExpiryIsRefused() throws Exception {
        TokenGenerator generator = context.getBean(TokenGenerator.class);
        String forever = generator.generateToken(Map.of("sub", UserId.newId().value().toString(),
                "roles", List.of("ADMIN"))).orElseThrow();
        String expiring = generator.generateToken(Map.of("sub", UserId.newId().value().toString(),
                "roles", List.of("ADMIN"), "exp", Date.from(Instant.now().plusSeconds(60)))).orElseThrow();

        assertTrue(((SignedJWT) JWTParser.parse(forever)).verify(new MACVerifier(SECRET)));
        assertTrue(validate(forever).isEmpty());
        assertTrue(validate(expiring).isPresent());
    }

    private static JsonWebTokenValidator<JWT, HttpRequest<?>> validatorOf(ApplicationContext context) {
        return context.getBean(Argument.of(JsonWebTokenValidator.class, JWT.class, HttpRequest.class));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String token = tokens.issue(Fixtures.user(UserId.newId(), Role.ADMIN), 0, Instant.now()).value();

        assertTrue(validate(Jwts.unsigned(token)).isEmpty());
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        try (ApplicationContext other = ApplicationContext.run(Map.of(
                "micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET.replace('a', 'b')))) {
            String foreign = other.getBean(AccessTokenAdapter.class)
                    .issue(Fixtures.user(UserId.newId(), Role.ADMIN), 0, Instant.now()).value();

            assertTrue(validate(foreign).isEmpty());
        }
    }

    @Test
    void theLifetimeMustBePositive() {
        try (ApplicationContext invalid = ApplicationContext.builder().properties(Map.of(
                "micronaut.security.token.jwt.signatures.secret.generator.secret", SECRET,
                "conveyor.security.access-token-lifetime", "0s")).start()) {
            Throwable refusal = assertThrows(BeanInstantiationException.class,
                    () -> invalid.getBean(AccessTokenAdapter.class));
            while (refusal.getCause() != null) {
                refusal = refusal.getCause();
            }
            assertEquals(IllegalArgumentException.class, refusal.getClass());
            assertEquals("conveyor.security.access-token-lifetime must be positive", refusal.getMessage());
        }
    }
}
