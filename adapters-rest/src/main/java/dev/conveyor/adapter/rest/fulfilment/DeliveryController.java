package dev.conveyor.adapter.rest.fulfilment;

import static dev.conveyor.adapter.rest.web.IdempotencyHeaders.IDEMPOTENCY_KEY;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.fulfilment.FulfilmentRequests.ChangeDeliveryStatusRequest;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.IdempotencyHeaders;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.fulfilment.port.in.ChangeDeliveryStatusUseCase;
import dev.conveyor.application.fulfilment.port.in.GenerateInvoiceUseCase.GeneratedInvoice;
import dev.conveyor.application.fulfilment.port.in.GenerateInvoiceUseCase;
import dev.conveyor.application.fulfilment.port.in.GetDeliveryQuery;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.shared.IdempotencyKey;
import dev.conveyor.domain.delivery.DeliveryId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Controller("/api/deliveries/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Fulfilment")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class DeliveryController {

    private final GetDeliveryQuery get;
    private final ChangeDeliveryStatusUseCase changeStatus;
    private final GenerateInvoiceUseCase generateInvoice;
    private final FulfilmentMapper mapper;

    DeliveryController(GetDeliveryQuery get, ChangeDeliveryStatusUseCase changeStatus,
                       GenerateInvoiceUseCase generateInvoice, FulfilmentMapper mapper) {
        this.get = get;
        this.changeStatus = changeStatus;
        this.generateInvoice = generateInvoice;
        this.mapper = mapper;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One delivery, as far as the caller may see it",
            description = "Whoever may see the order sees its deliveries; a seller only those holding their lines.")
    @Answers.Invalid
    @Answers.NotFound
    DeliveryResponse delivery(@CurrentActor Actor actor, UUID id) {
        return mapper.toResponse(get.get(actor, new DeliveryId(id)));
    }

    @RateLimited(RequestKind.WRITES)
    @Patch("/status")
    @Secured({"STAFF", "ADMIN", "SELLER"})
    @Operation(summary = "PENDING → SHIPPED → DELIVERED, CANCELLED before shipping, FAILED after",
            description = "Shipping consumes the stock; a cancelled or failed delivery gives its units back to "
                    + "what remains of the order. Carrier and tracking number may be set with any move.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.JsonBody
    DeliveryResponse changeStatus(@CurrentActor Actor actor, UUID id, @Body ChangeDeliveryStatusRequest request) {
        return mapper.toResponse(changeStatus.changeStatus(actor, new DeliveryId(id), request.toCommand()));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/invoice")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "The delivery's invoice: 201 when made now, 200 with the one made before",
            description = "Staff and administrators. With an Idempotency-Key, repeating the request answers the "
                    + "invoice the first one made.")
    @ApiResponse(responseCode = "201", description = "The invoice, made now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceResponse.class)))
    @ApiResponse(responseCode = "200", description = "The invoice made before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceResponse.class)))
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.NotFound
    @Answers.Conflict
    @Answers.Unprocessable
    HttpResponse<InvoiceResponse> invoice(@CurrentActor Actor actor, UUID id,
                                          @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey) {
        GeneratedInvoice generated = generateInvoice.generate(actor, new DeliveryId(id),
                IdempotencyKey.ofNullable(idempotencyKey));
        InvoiceResponse body = mapper.toResponse(generated.invoice());
        return generated.created() ? IdempotencyHeaders.created(body, "/api/invoices/" + body.id(), false)
                : HttpResponse.ok(body);
    }
}
