package dev.conveyor.adapter.rest.user;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.security.AuthCookies;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.accounts.port.in.ChangeMyPasswordUseCase;
import dev.conveyor.application.accounts.port.in.DeleteMyAccountUseCase;
import dev.conveyor.application.accounts.port.in.GetMyProfileQuery;
import dev.conveyor.application.accounts.port.in.UpdateMyProfileUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/users/me")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "My account")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class MyProfileController {

    private final GetMyProfileQuery profile;
    private final UpdateMyProfileUseCase update;
    private final DeleteMyAccountUseCase delete;
    private final ChangeMyPasswordUseCase changePassword;
    private final UserMapper users;
    private final AuthCookies cookies;

    MyProfileController(GetMyProfileQuery profile, UpdateMyProfileUseCase update, DeleteMyAccountUseCase delete,
                        ChangeMyPasswordUseCase changePassword, UserMapper users, AuthCookies cookies) {
        this.profile = profile;
        this.update = update;
        this.delete = delete;
        this.changePassword = changePassword;
        this.users = users;
        this.cookies = cookies;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The caller's account and profile",
            description = "The caller's own account.")
    UserResponse me(@CurrentActor Actor actor) {
        return users.toResponse(profile.me(actor));
    }

    @RateLimited(RequestKind.WRITES)
    @Patch
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change name, phone or address",
            description = "Name, phone and postal address.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.JsonBody
    UserResponse update(@CurrentActor Actor actor, @Body UpdateProfileRequest request) {
        return users.toResponse(update.update(actor, request.toCommand()));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Change the password, knowing the current one; every session is signed out",
            description = "A wrong currentPassword is a 400 naming it, and changes nothing. On success every "
                    + "refresh token of the account is revoked, the caller's too: clients sign in again.")
    @Status(HttpStatus.NO_CONTENT)
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.JsonBody
    HttpResponse<Void> changePassword(@CurrentActor Actor actor, HttpRequest<?> http,
                                      @Body ChangePasswordRequest request) {
        changePassword.change(actor, request.toCommand());
        MutableHttpResponse<Void> response = HttpResponse.noContent();
        // the session the cookies hold has just ended: clear them, so that the browser does not try to renew it
        if (AuthCookies.refreshToken(http).isPresent()) {
            cookies.clear(http, response);
        }
        return response;
    }

    @RateLimited(RequestKind.WRITES)
    @Delete
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Delete the account: personal data is erased, sessions are revoked, orders stay",
            description = "Erases the personal data and revokes every session; orders stay, pointing at the "
                    + "anonymised account.")
    @Status(HttpStatus.NO_CONTENT)
    @Answers.Forbidden
    HttpResponse<Void> delete(@CurrentActor Actor actor) {
        delete.delete(actor);
        return HttpResponse.noContent();
    }
}
