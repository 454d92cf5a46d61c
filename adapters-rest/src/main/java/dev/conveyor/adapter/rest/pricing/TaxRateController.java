package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.pricing.TaxRateRequests.CloseTaxRateRequest;
import dev.conveyor.adapter.rest.pricing.TaxRateRequests.TaxRateRequest;
import dev.conveyor.adapter.rest.pricing.TaxRateRequests.TaxRateResponse;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.pricing.port.in.CloseTaxRateUseCase;
import dev.conveyor.application.pricing.port.in.CreateTaxRateUseCase;
import dev.conveyor.application.pricing.port.in.GetTaxRateQuery;
import dev.conveyor.application.pricing.port.in.ListTaxRatesQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.pricing.TaxRateId;
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

/** Tax rates: administrators enter and close them, staff read them. A rate is never edited in place. */
@Controller("/api/admin/tax-rates")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Pricing administration")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
// a path parameter that is no id (or holds a NUL) is refused with 400 on every route
@Answers.Invalid
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.Unavailable
final class TaxRateController {

    private final CreateTaxRateUseCase create;
    private final CloseTaxRateUseCase close;
    private final GetTaxRateQuery get;
    private final ListTaxRatesQuery list;

    TaxRateController(CreateTaxRateUseCase create, CloseTaxRateUseCase close, GetTaxRateQuery get,
                      ListTaxRatesQuery list) {
        this.create = create;
        this.close = close;
        this.get = get;
        this.list = list;
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Enter a tax rate for a country (or one of its regions) and a tax category",
            description = "Administrators. A change of rate is a new rate from its first day (the one that "
                    + "started last wins); close the old one with POST /{id}/close if it should end. Orders keep "
                    + "the rates copied onto them at placement. An unknown taxCategory is refused naming it. "
                    + "Idempotency-Key honoured.")
    @Answers.Conflict
    @Answers.Unprocessable
    @Answers.JsonBody
    HttpResponse<TaxRateResponse> create(@CurrentActor Actor actor,
                                         @Nullable @Header(IdempotencyHeaders.IDEMPOTENCY_KEY) String idempotencyKey,
                                         @Body TaxRateRequest request) {
        var created = create.create(actor, Check.notNull("body", request).toCommand(),
                IdempotencyKey.ofNullable(idempotencyKey));
        TaxRateResponse rate = TaxRateResponse.of(created.value());
        return IdempotencyHeaders.created(rate, "/api/admin/tax-rates/" + rate.id(), created.replayed());
    }

    @Secured({"STAFF", "ADMIN"})
    @Get
    @Operation(summary = "The tax rates, optionally of one country",
            description = "Staff and administrators: by country, region (country-wide first), category and start.")
    PageResponse<TaxRateResponse> list(@CurrentActor Actor actor,
                                       @Nullable @QueryValue @Schema(example = "DE") String country,
                                       @Nullable @QueryValue @Schema(type = "integer") String page,
                                       @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(list.list(actor, country == null || country.isBlank() ? null : country,
                Inputs.page(page, size)), TaxRateResponse::of);
    }

    @Secured({"STAFF", "ADMIN"})
    @Get("/{id}")
    @Operation(summary = "A tax rate", description = "Staff and administrators.")
    @Answers.NotFound
    TaxRateResponse get(@CurrentActor Actor actor, UUID id) {
        return TaxRateResponse.of(get.get(actor, new TaxRateId(id)));
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post("/{id}/close")
    @Operation(summary = "End a tax rate on a day (exclusive)",
            description = "Administrators: the only change a rate takes. validUntil is today or later and after "
                    + "the rate's start; a rate that has ended stays as it was (409 TAX_RATE_CLOSED).")
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    TaxRateResponse close(@CurrentActor Actor actor, UUID id, @Body CloseTaxRateRequest request) {
        return TaxRateResponse.of(close.close(actor, new TaxRateId(id), Check.notNull("body", request).until()));
    }
}
