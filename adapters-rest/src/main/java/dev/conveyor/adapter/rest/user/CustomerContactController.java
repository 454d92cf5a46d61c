package dev.conveyor.adapter.rest.user;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.application.accounts.port.in.GetAccountQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.UserId;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** An order's customer as staff reach them: e-mail, name, phone and address. */
@Controller("/api/admin/customers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Back office")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.Unavailable
final class CustomerContactController {

    private final GetAccountQuery accounts;
    private final UserMapper users;

    CustomerContactController(GetAccountQuery accounts, UserMapper users) {
        this.accounts = accounts;
        this.users = users;
    }

    @Get("/{id}")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "An account's contact details: e-mail, name, phone, address",
            description = "Staff and administrators; the id is an order's customerId. A deleted account is "
                    + "not found: its personal data is erased.")
    @Answers.Invalid
    @Answers.NotFound
    UserResponse customer(@CurrentActor Actor actor, UUID id) {
        return users.toResponse(accounts.account(actor, new UserId(id)));
    }
}
