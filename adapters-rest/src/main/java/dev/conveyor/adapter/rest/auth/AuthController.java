package dev.conveyor.adapter.rest.auth;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.security.AuthCookies;
import dev.conveyor.adapter.rest.user.UserMapper;
import dev.conveyor.adapter.rest.user.UserResponse;
import dev.conveyor.adapter.rest.web.ClientAddresses;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.accounts.port.in.LogInUseCase;
import dev.conveyor.application.accounts.port.in.LogOutUseCase;
import dev.conveyor.application.accounts.port.in.RefreshSessionUseCase;
import dev.conveyor.application.accounts.port.in.Session;
import dev.conveyor.application.accounts.port.in.SignUpUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;

@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
@Answers.Unavailable
final class AuthController {

    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final ClientAddresses clientAddresses;
    private final UserMapper users;
    private final SessionMapper sessions;
    private final AuthCookies cookies;

    AuthController(SignUpUseCase signUp, LogInUseCase logIn, RefreshSessionUseCase refresh, LogOutUseCase logOut,
                   ClientAddresses clientAddresses, UserMapper users, SessionMapper sessions, AuthCookies cookies) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.clientAddresses = clientAddresses;
        this.users = users;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    @RateLimited(RequestKind.SIGNUP)
    @Post("/signup")
    @Status(HttpStatus.CREATED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Create a customer account",
            description = "Always creates a CUSTOMER account; other roles are granted by an administrator. Log in "
                    + "afterwards to get tokens.")
    @Answers.Invalid
    @Answers.Conflict
    @Answers.JsonBody
    UserResponse signUp(@CurrentActor Actor actor, @Body SignUpRequest request) {
        return users.toResponse(signUp.signUp(actor, request.toCommand()));
    }

    @RateLimited.Exempt
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Log in with e-mail and password",
            description = "Answers 429 with Retry-After after too many attempts per account or client address. "
                    + "With X-Auth-Mode: cookie the tokens come as HttpOnly cookies (CONVEYOR_ACCESS, "
                    + "CONVEYOR_REFRESH) plus a readable CONVEYOR_CSRF cookie, not in the body.")
    @Answers.Invalid
    @Answers.Unauthenticated
    @Answers.TooManyRequests
    @Answers.JsonBody
    HttpResponse<SessionResponse> logIn(@CurrentActor Actor actor, HttpRequest<?> http,
                                        @Body LogInRequest request) {
        return respond(http, logIn.logIn(actor, request.toCommand(clientAddresses.of(http))));
    }

    @RateLimited(RequestKind.REFRESH)
    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange a refresh token for a new session; the token is used up",
            description = "In cookie mode the refresh token may come from the CONVEYOR_REFRESH cookie instead.")
    @Answers.Invalid
    @Answers.Unauthenticated
    @Answers.Forbidden
    @Answers.JsonBody
    HttpResponse<SessionResponse> refresh(@CurrentActor Actor actor, HttpRequest<?> http,
                                          @Nullable @Body RefreshTokenRequest request) {
        return respond(http, refresh.refresh(actor, refreshTokenOf(http, request)));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Revoke a refresh token and every token refreshed from the same login",
            description = "In cookie mode the refresh token may come from the CONVEYOR_REFRESH cookie; the session "
                    + "cookies are cleared.")
    @Status(HttpStatus.NO_CONTENT)
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.JsonBody
    HttpResponse<Void> logOut(@CurrentActor Actor actor, HttpRequest<?> http,
                              @Nullable @Body RefreshTokenRequest request) {
        String token = refreshTokenOf(http, request);
        MutableHttpResponse<Void> response = HttpResponse.noContent();
        if (AuthCookies.refreshToken(http).isPresent()) {
            cookies.clear(http, response);
        }
        logOut.logOut(actor, token);
        return response;
    }

    /** The body's refresh token, else the cookie's. */
    private static String refreshTokenOf(HttpRequest<?> http, RefreshTokenRequest request) {
        if (request != null && request.refreshToken() != null) {
            return request.refreshToken();
        }
        return AuthCookies.refreshToken(http).orElse(null);
    }

    private HttpResponse<SessionResponse> respond(HttpRequest<?> http, Session session) {
        Instant now = Instant.now();
        SessionResponse body = sessions.toResponse(session, now);
        if (!AuthCookies.requested(http)) {
            return HttpResponse.ok(body);
        }
        MutableHttpResponse<SessionResponse> response = HttpResponse.ok(sessions.withoutTokens(body));
        cookies.issue(http, response, session.accessToken().value(), session.accessToken().expiresAt(),
                session.refreshToken(), session.refreshTokenExpiresAt(), now);
        return response;
    }
}
