package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.pricing.ShippingMethodRequests.ShippingMethodRequest;
import dev.conveyor.adapter.rest.pricing.ShippingMethodRequests.ShippingMethodResponse;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.pricing.port.in.CreateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.DeactivateShippingMethodUseCase;
import dev.conveyor.application.pricing.port.in.GetShippingMethodQuery;
import dev.conveyor.application.pricing.port.in.ListShippingMethodsQuery;
import dev.conveyor.application.pricing.port.in.UpdateShippingMethodUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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

/** Shipping methods: administered by administrators, read by staff (customers list them through PricingController). */
@Controller(ShippingMethodController.ADMIN_PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Pricing administration")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
// a path parameter that is no id (or holds a NUL) is refused with 400 on every route
@Answers.Invalid
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.Unavailable
final class ShippingMethodController {

    static final String ADMIN_PATH = "/api/admin/shipping-methods";

    private final CreateShippingMethodUseCase create;
    private final UpdateShippingMethodUseCase update;
    private final DeactivateShippingMethodUseCase deactivate;
    private final GetShippingMethodQuery get;
    private final ListShippingMethodsQuery list;

    ShippingMethodController(CreateShippingMethodUseCase create, UpdateShippingMethodUseCase update,
                             DeactivateShippingMethodUseCase deactivate, GetShippingMethodQuery get,
                             ListShippingMethodsQuery list) {
        this.create = create;
        this.update = update;
        this.deactivate = deactivate;
        this.get = get;
        this.list = list;
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Create a shipping method",
            description = "Administrators. Rules: FLAT (amount), PER_ITEM (amount per unit), WEIGHT_BANDS (bands "
                    + "of upToGrams and amount, increasing); amounts in minor units as prices are entered. "
                    + "taxCategory defaults to standard. Idempotency-Key honoured.")
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<ShippingMethodResponse> create(@CurrentActor Actor actor,
                                                @Nullable @Header(IdempotencyHeaders.IDEMPOTENCY_KEY)
                                                String idempotencyKey,
                                                @Body ShippingMethodRequest request) {
        var created = create.create(actor, Check.notNull("body", request).toCommand(),
                IdempotencyKey.ofNullable(idempotencyKey));
        ShippingMethodResponse method = ShippingMethodResponse.of(created.value());
        return IdempotencyHeaders.created(method, ADMIN_PATH + "/" + method.id(), created.replayed());
    }

    @Secured({"STAFF", "ADMIN"})
    @Get
    @Operation(summary = "Every shipping method, active or not", description = "Staff and administrators, by name.")
    PageResponse<ShippingMethodResponse> list(@CurrentActor Actor actor,
                                              @Nullable @QueryValue @Schema(type = "integer") String page,
                                              @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(list.list(actor, Inputs.page(page, size)), ShippingMethodResponse::of);
    }

    @Secured({"STAFF", "ADMIN"})
    @Get("/{id}")
    @Operation(summary = "A shipping method", description = "Staff and administrators.")
    @Answers.NotFound
    ShippingMethodResponse get(@CurrentActor Actor actor, UUID id) {
        return ShippingMethodResponse.of(get.get(actor, new ShippingMethodId(id)));
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Put("/{id}")
    @Operation(summary = "Replace a shipping method",
            description = "Administrators. Orders placed before keep the name and charge copied onto them; "
                    + "quotes made before may now differ.")
    @Answers.NotFound
    @Answers.JsonBody
    ShippingMethodResponse update(@CurrentActor Actor actor, UUID id, @Body ShippingMethodRequest request) {
        return ShippingMethodResponse.of(update.update(actor, new ShippingMethodId(id),
                Check.notNull("body", request).toCommand()));
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post("/{id}/deactivate")
    @Operation(summary = "Stop offering a shipping method",
            description = "Administrators: it is no longer listed nor accepted for new quotes and orders; it stays "
                    + "stored, since orders name it. PUT it with active true to offer it again.")
    @Answers.NotFound
    ShippingMethodResponse deactivate(@CurrentActor Actor actor, UUID id) {
        return ShippingMethodResponse.of(deactivate.deactivate(actor, new ShippingMethodId(id)));
    }
}
