package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.pricing.PromotionRequests.PromotionRequest;
import dev.conveyor.adapter.rest.pricing.PromotionRequests.PromotionResponse;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.pricing.port.in.CreatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.DeactivatePromotionUseCase;
import dev.conveyor.application.pricing.port.in.GetPromotionQuery;
import dev.conveyor.application.pricing.port.in.ListPromotionsQuery;
import dev.conveyor.application.pricing.port.in.UpdatePromotionUseCase;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.pricing.PromotionId;
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

/** Promotions and coupons: administrators manage them, staff read them with their uses. */
@Controller("/api/admin/promotions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Pricing administration")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
// a path parameter that is no id (or holds a NUL) is refused with 400 on every route
@Answers.Invalid
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.Unavailable
final class PromotionController {

    private final CreatePromotionUseCase create;
    private final UpdatePromotionUseCase update;
    private final DeactivatePromotionUseCase deactivate;
    private final GetPromotionQuery get;
    private final ListPromotionsQuery list;

    PromotionController(CreatePromotionUseCase create, UpdatePromotionUseCase update,
                        DeactivatePromotionUseCase deactivate, GetPromotionQuery get, ListPromotionsQuery list) {
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
    @Operation(summary = "Create a promotion: automatic, or a coupon with a code",
            description = "Administrators. Codes are unique and case-insensitive (409 COUPON_CODE_TAKEN). A "
                    + "percentage or fixed amount off the whole order, given products or categories, or free "
                    + "shipping; usageLimit and perCustomerLimit are for coupons only. Stacking: docs/pricing.md. "
                    + "Idempotency-Key honoured.")
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<PromotionResponse> create(@CurrentActor Actor actor,
                                           @Nullable @Header(IdempotencyHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
                                           @Body PromotionRequest request) {
        var created = create.create(actor, Check.notNull("body", request).toCommand(),
                IdempotencyKey.ofNullable(idempotencyKey));
        PromotionResponse promotion = PromotionResponse.of(created.value());
        return IdempotencyHeaders.created(promotion, "/api/admin/promotions/" + promotion.id(), created.replayed());
    }

    @Secured({"STAFF", "ADMIN"})
    @Get
    @Operation(summary = "The promotions with their uses, newest first", description = "Staff and administrators.")
    PageResponse<PromotionResponse> list(@CurrentActor Actor actor,
                                         @Nullable @QueryValue @Schema(type = "integer") String page,
                                         @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(list.list(actor, Inputs.page(page, size)), PromotionResponse::of);
    }

    @Secured({"STAFF", "ADMIN"})
    @Get("/{id}")
    @Operation(summary = "A promotion with its uses", description = "Staff and administrators.")
    @Answers.NotFound
    PromotionResponse get(@CurrentActor Actor actor, UUID id) {
        return PromotionResponse.of(get.get(actor, new PromotionId(id)));
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Put("/{id}")
    @Operation(summary = "Replace a promotion's terms",
            description = "Administrators: everything but the code (a different code is refused naming code); a "
                    + "usageLimit below the uses so far is refused naming usageLimit. Orders placed before keep "
                    + "their discount.")
    @Answers.NotFound
    @Answers.JsonBody
    PromotionResponse update(@CurrentActor Actor actor, UUID id, @Body PromotionRequest request) {
        return PromotionResponse.of(update.update(actor, new PromotionId(id),
                Check.notNull("body", request).toCommand()));
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post("/{id}/deactivate")
    @Operation(summary = "Stop a promotion",
            description = "Administrators: it stops applying at once (a coupon is then refused naming couponCode); "
                    + "it stays stored with its uses. PUT it with active true to restart it.")
    @Answers.NotFound
    PromotionResponse deactivate(@CurrentActor Actor actor, UUID id) {
        return PromotionResponse.of(deactivate.deactivate(actor, new PromotionId(id)));
    }
}
