package dev.conveyor.adapter.rest.admin;

import static dev.conveyor.adapter.rest.web.IdempotencyHeaders.IDEMPOTENCY_KEY;

import dev.conveyor.adapter.rest.admin.StaffNoteBodies.StaffNoteRequest;
import dev.conveyor.adapter.rest.admin.StaffNoteBodies.StaffNoteResponse;
import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.backoffice.port.in.AddStaffNoteUseCase.AddedNote;
import dev.conveyor.application.backoffice.port.in.AddStaffNoteUseCase;
import dev.conveyor.application.backoffice.port.in.ListStaffNotesQuery;
import dev.conveyor.application.backoffice.port.in.NoteSubject;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Staff notes on a customer: for staff and administrators only, never shown to customers or sellers. */
@Controller("/api/admin/customers/{id}/notes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Back office")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
@Answers.Forbidden
final class CustomerNoteController {

    private final AddStaffNoteUseCase add;
    private final ListStaffNotesQuery list;

    CustomerNoteController(AddStaffNoteUseCase add, ListStaffNotesQuery list) {
        this.add = add;
        this.list = list;
    }

    @Get
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "The staff notes on the customer, newest first",
            description = "Staff and administrators; paged like every list. 404 CUSTOMER_NOT_FOUND for no (or a deleted) customer.")
    @Answers.Invalid
    @Answers.NotFound
    PageResponse<StaffNoteResponse> notes(@CurrentActor Actor actor, UUID id,
                                          @Nullable @QueryValue @Schema(type = "integer") String page,
                                          @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(list.list(actor, NoteSubject.customer(id), Inputs.page(page, size)),
                StaffNoteResponse::of);
    }

    @RateLimited(RequestKind.WRITES)
    @Post
    @Secured({"STAFF", "ADMIN"})
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Add a staff note to the customer",
            description = "body: 1 to 2,000 characters. Staff and administrators; the note is never shown to "
                    + "customers or sellers and makes no event. 404 CUSTOMER_NOT_FOUND for no (or a deleted) customer. Idempotency-Key honoured.")
    @Answers.Invalid
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<StaffNoteResponse> addNote(@CurrentActor Actor actor, UUID id,
                                            @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                            @Body StaffNoteRequest request) {
        AddedNote added = add.add(actor, request.toCommand(NoteSubject.customer(id)),
                IdempotencyKey.ofNullable(idempotencyKey));
        // notes have no route of their own: the Location is the list that shows the new one first
        return IdempotencyHeaders.created(StaffNoteResponse.of(added.note()), "/api/admin/customers/" + id + "/notes",
                added.replayed());
    }
}
