package dev.conveyor.adapter.rest.user;

import static dev.conveyor.adapter.rest.web.IdempotencyHeaders.IDEMPOTENCY_KEY;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.accounts.port.in.AddMyAddressUseCase.AddedAddress;
import dev.conveyor.application.accounts.port.in.AddMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.AddressCommand;
import dev.conveyor.application.accounts.port.in.DeleteMyAddressUseCase;
import dev.conveyor.application.accounts.port.in.ListMyAddressesQuery;
import dev.conveyor.application.accounts.port.in.SavedAddress;
import dev.conveyor.application.accounts.port.in.UpdateMyAddressUseCase;
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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caller's address book: saved addresses, one of them the default the checkout fills in. */
@Controller("/api/users/me/addresses")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "My account")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class AddressBookController {

    private final ListMyAddressesQuery list;
    private final AddMyAddressUseCase add;
    private final UpdateMyAddressUseCase update;
    private final DeleteMyAddressUseCase delete;
    private final UserMapper mapper;

    AddressBookController(ListMyAddressesQuery list, AddMyAddressUseCase add, UpdateMyAddressUseCase update,
                          DeleteMyAddressUseCase delete, UserMapper mapper) {
        this.list = list;
        this.add = add;
        this.update = update;
        this.delete = delete;
        this.mapper = mapper;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The caller's saved addresses, the default first",
            description = "The caller's own book; the others oldest first.")
    List<SavedAddressResponse> addresses(@CurrentActor Actor actor) {
        return list.list(actor).stream().map(this::toResponse).toList();
    }

    @RateLimited(RequestKind.WRITES)
    @Post
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Save an address in the caller's book",
            description = "The first address becomes the default, and so does one sent with default: true. "
                    + "409 TOO_MANY_ADDRESSES beyond 20. Idempotency-Key honoured.")
    @Answers.Invalid
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<SavedAddressResponse> addAddress(@CurrentActor Actor actor,
                                                  @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
                                                  @Body SavedAddressRequest request) {
        AddedAddress added = add.add(actor, request.toCommand(), IdempotencyKey.ofNullable(idempotencyKey));
        return IdempotencyHeaders.created(toResponse(added.address()),
                "/api/users/me/addresses/" + added.address().id(), added.replayed());
    }

    @RateLimited(RequestKind.WRITES)
    @Put("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Replace one of the caller's addresses",
            description = "default: true makes it the default; false leaves the default where it is (choose "
                    + "another address to move it). 404 ADDRESS_NOT_FOUND, also for another user's address.")
    @Answers.Invalid
    @Answers.NotFound
    @Answers.JsonBody
    SavedAddressResponse updateAddress(@CurrentActor Actor actor, UUID id, @Body SavedAddressRequest request) {
        return toResponse(update.update(actor, id, request.toCommand()));
    }

    @RateLimited(RequestKind.WRITES)
    @Delete("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove one of the caller's addresses",
            description = "When it was the default, the oldest remaining address becomes the default. 404 "
                    + "ADDRESS_NOT_FOUND, also for another user's address.")
    @Answers.Invalid
    @Answers.NotFound
    void deleteAddress(@CurrentActor Actor actor, UUID id) {
        delete.delete(actor, id);
    }

    private SavedAddressResponse toResponse(SavedAddress saved) {
        return new SavedAddressResponse(saved.id(), mapper.toResponse(saved.address()), saved.isDefault(),
                saved.createdAt());
    }

    /** @param isDefault make it the default (JSON {@code default}) */
    @Serdeable
    record SavedAddressRequest(@Nullable AddressRequest address,
                               @Nullable @JsonProperty("default") Boolean isDefault) implements JsonRequest {

        AddressCommand toCommand() {
            return new AddressCommand(AddressRequest.toAddress("address", address), Boolean.TRUE.equals(isDefault));
        }
    }

    @Serdeable
    record SavedAddressResponse(UUID id, AddressResponse address,
                                @JsonProperty("default") @Schema(description = "whether the checkout fills it in")
                                boolean isDefault,
                                Instant createdAt) {
    }
}
