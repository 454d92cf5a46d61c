package dev.conveyor.adapter.rest.admin;

import static dev.conveyor.adapter.rest.web.IdempotencyHeaders.IDEMPOTENCY_KEY;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.backoffice.port.in.DeleteOrderViewUseCase;
import dev.conveyor.application.backoffice.port.in.ListOrderViewsQuery;
import dev.conveyor.application.backoffice.port.in.SaveOrderViewUseCase.SaveOrderViewCommand;
import dev.conveyor.application.backoffice.port.in.SaveOrderViewUseCase.SavedView;
import dev.conveyor.application.backoffice.port.in.SaveOrderViewUseCase;
import dev.conveyor.application.backoffice.port.in.SavedOrderView;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A staff member's saved views of the order list: named filter sets, each visible to its owner only. */
@Controller("/api/admin/order-views")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Back office")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
final class OrderViewController {

    private final SaveOrderViewUseCase save;
    private final ListOrderViewsQuery list;
    private final DeleteOrderViewUseCase delete;

    OrderViewController(SaveOrderViewUseCase save, ListOrderViewsQuery list, DeleteOrderViewUseCase delete) {
        this.save = save;
        this.list = list;
        this.delete = delete;
    }

    @Get
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "The caller's saved views of the order list, by name",
            description = "Each staff member sees their own views only.")
    List<OrderViewResponse> views(@CurrentActor Actor actor) {
        return list.list(actor).stream().map(OrderViewResponse::of).toList();
    }

    @RateLimited(RequestKind.WRITES)
    @Post
    @Secured({"STAFF", "ADMIN"})
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Save the order list's current filters under a name of the caller's own",
            description = "filters holds the list's query parameters (q, status, paymentStatus, fulfilmentStatus, "
                    + "from, to, sellerId, sort) as the list reads them; each is checked as the list would. 409 "
                    + "VIEW_NAME_TAKEN for a name the caller already uses (any case), TOO_MANY_VIEWS beyond 50. "
                    + "Idempotency-Key honoured.")
    @Answers.Invalid
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<OrderViewResponse> saveView(@CurrentActor Actor actor,
                                             @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                             @Body OrderViewRequest request) {
        SavedView saved = save.save(actor, request.toCommand(), IdempotencyKey.ofNullable(idempotencyKey));
        return IdempotencyHeaders.created(OrderViewResponse.of(saved.view()),
                "/api/admin/order-views/" + saved.view().id(), saved.replayed());
    }

    @RateLimited(RequestKind.WRITES)
    @Delete("/{id}")
    @Secured({"STAFF", "ADMIN"})
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of the caller's saved views",
            description = "404 VIEW_NOT_FOUND for another staff member's view as for none.")
    @Answers.Invalid
    @Answers.NotFound
    void deleteView(@CurrentActor Actor actor, UUID id) {
        delete.delete(actor, id);
    }

    /** @param filters the order list's query parameters by name; blank ones are left out */
    @Serdeable
    record OrderViewRequest(@Nullable String name, @Nullable Map<String, String> filters) implements JsonRequest {

        SaveOrderViewCommand toCommand() {
            SaveOrderViewCommand command = new SaveOrderViewCommand(name, filters);
            Map<String, String> given = command.filters();
            // checked as the list reads them, so that a saved view always opens
            Inputs.nested("filters", () -> new AdminOrderParameters(given.get("q"), values(given.get("status")),
                    values(given.get("paymentStatus")), values(given.get("fulfilmentStatus")), null,
                    given.get("from"), given.get("to"), given.get("sellerId"), given.get("sort"), null, null)
                    .search());
            return command;
        }

        private static List<String> values(String value) {
            return value == null ? null : Arrays.asList(value.split(","));
        }
    }

    @Serdeable
    record OrderViewResponse(UUID id, String name,
                             @Schema(description = "the order list's query parameters by name")
                             Map<String, String> filters, Instant createdAt) {

        static OrderViewResponse of(SavedOrderView view) {
            return new OrderViewResponse(view.id(), view.name(), view.filters(), view.createdAt());
        }
    }
}
