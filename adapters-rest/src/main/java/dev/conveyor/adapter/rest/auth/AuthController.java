package dev.conveyor.adapter.rest.auth;

import dev.conveyor.adapter.rest.user.UserMapper;
import dev.conveyor.adapter.rest.user.UserResponse;
import dev.conveyor.adapter.rest.web.ClientAddresses;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.application.common.Actor;
import dev.conveyor.application.port.in.LogInUseCase;
import dev.conveyor.application.port.in.LogOutUseCase;
import dev.conveyor.application.port.in.RefreshSessionUseCase;
import dev.conveyor.application.port.in.Session;
import dev.conveyor.application.port.in.SignUpUseCase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
final class AuthController {

    private final SignUpUseCase signUp;
    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refresh;
    private final LogOutUseCase logOut;
    private final ClientAddresses clientAddresses;
    private final UserMapper users;
    private final SessionMapper sessions;

    AuthController(SignUpUseCase signUp, LogInUseCase logIn, RefreshSessionUseCase refresh, LogOutUseCase logOut,
                   ClientAddresses clientAddresses, UserMapper users, SessionMapper sessions) {
        this.signUp = signUp;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.clientAddresses = clientAddresses;
        this.users = users;
        this.sessions = sessions;
    }

    @Post("/signup")
    @Status(HttpStatus.CREATED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Create a customer account")
    UserResponse signUp(@CurrentActor Actor actor, @Body SignUpRequest request) {
        return users.toResponse(signUp.signUp(actor, request.toCommand()));
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Log in with e-mail and password",
            description = "Answers 429 with Retry-After after too many attempts per account or client address.")
    SessionResponse logIn(@CurrentActor Actor actor, HttpRequest<?> http, @Body LogInRequest request) {
        return toResponse(logIn.logIn(actor, request.toCommand(clientAddresses.of(http))));
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Exchange a refresh token for a new session; the token is used up")
    SessionResponse refresh(@CurrentActor Actor actor, @Body RefreshTokenRequest request) {
        return toResponse(refresh.refresh(actor, request.refreshToken()));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Revoke a refresh token and every token refreshed from the same login")
    HttpResponse<Void> logOut(@CurrentActor Actor actor, @Body RefreshTokenRequest request) {
        logOut.logOut(actor, request.refreshToken());
        return HttpResponse.noContent();
    }

    private SessionResponse toResponse(Session session) {
        return sessions.toResponse(session, Instant.now());
    }
}
