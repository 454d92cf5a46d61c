package dev.conveyor.adapter.rest.user;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.accounts.port.in.ChangeUserRoleUseCase;
import dev.conveyor.application.accounts.port.in.ListUsersQuery;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.Role;
import dev.conveyor.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Controller("/api/admin/users")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "User administration")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
final class AdminUserController {

    private final ListUsersQuery list;
    private final ChangeUserRoleUseCase changeRole;
    private final UserMapper users;

    AdminUserController(ListUsersQuery list, ChangeUserRoleUseCase changeRole, UserMapper users) {
        this.list = list;
        this.changeRole = changeRole;
        this.users = users;
    }

    @Get
    @Secured("ADMIN")
    @Operation(summary = "Find accounts by role and by text in e-mail or name",
            description = "Administrators only; newest first, paged.")
    @Answers.Invalid
    PageResponse<UserResponse> list(@CurrentActor Actor actor,
                                    @Nullable @QueryValue @Schema(type = "string",
                                            allowableValues = {"CUSTOMER", "SELLER", "STAFF", "ADMIN"}) String role,
                                    @Nullable @QueryValue String q,
                                    @Nullable @QueryValue @Schema(type = "integer") String page,
                                    @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(list.list(actor, Inputs.optionalEnum("role", role, Role.class), q,
                Inputs.page(page, size)), users::toResponse);
    }

    @RateLimited(RequestKind.WRITES)
    @Patch("/{id}/role")
    @Secured("ADMIN")
    @Operation(summary = "Grant a role; administrators cannot change their own",
            description = "Administrators only, and never on their own account, so that the last administrator "
                    + "cannot lock everybody out.")
    @Answers.Invalid
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    UserResponse changeRole(@CurrentActor Actor actor, UUID id, @Body ChangeRoleRequest request) {
        return users.toResponse(changeRole.changeRole(actor, new UserId(id), request.toRole()));
    }
}
