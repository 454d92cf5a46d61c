package dev.conveyor.adapter.rest.user;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.application.backoffice.port.in.ListCustomersQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.user.UserId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Customers as staff reach them: found by name or e-mail, and one with their contact details and orders. */
@Controller("/api/admin/customers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Back office")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.Unavailable
final class CustomerContactController {

    private final ListCustomersQuery customers;
    private final UserMapper users;

    CustomerContactController(ListCustomersQuery customers, UserMapper users) {
        this.customers = customers;
        this.users = users;
    }

    @Get
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Find customers by text in e-mail or name",
            description = "Staff and administrators: customer accounts, newest first, paged like every list.")
    @Answers.Invalid
    PageResponse<UserResponse> customers(@CurrentActor Actor actor, @Nullable @QueryValue String q,
                                         @Nullable @QueryValue @Schema(type = "integer") String page,
                                         @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(customers.list(actor, q, Inputs.page(page, size)), users::toResponse);
    }

    @Get("/{id}")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "A customer: contact details, orders count, total spent, latest orders",
            description = "Staff and administrators; the id is an order's customerId. A deleted account is "
                    + "not found: its personal data is erased. The total spent sums the customer's orders that "
                    + "were not cancelled, per currency; the latest orders are at most five, newest first.")
    @Answers.Invalid
    @Answers.NotFound
    CustomerResponse customer(@CurrentActor Actor actor, UUID id) {
        return CustomerResponse.of(customers.customer(actor, new UserId(id)), users);
    }
}
