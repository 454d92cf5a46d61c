package dev.conveyor.adapter.rest.webhook;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.adapter.rest.webhook.WebhookRequests.ChangeWebhookRequest;
import dev.conveyor.adapter.rest.webhook.WebhookRequests.RegisterWebhookRequest;
import dev.conveyor.adapter.rest.webhook.WebhookResponses.AttemptResponse;
import dev.conveyor.adapter.rest.webhook.WebhookResponses.RegisteredWebhookResponse;
import dev.conveyor.adapter.rest.webhook.WebhookResponses.WebhookResponse;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.application.webhooks.port.in.ChangeWebhookUseCase;
import dev.conveyor.application.webhooks.port.in.ListWebhookAttemptsQuery;
import dev.conveyor.application.webhooks.port.in.ListWebhooksQuery;
import dev.conveyor.application.webhooks.port.in.RedeliverWebhookUseCase;
import dev.conveyor.application.webhooks.port.in.RegisterWebhookUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/admin/webhooks")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
// a path parameter that is no id (or holds a NUL) is refused with 400 on every route
@Answers.Invalid
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.Unavailable
final class WebhookController {

    private final RegisterWebhookUseCase register;
    private final ListWebhooksQuery list;
    private final ChangeWebhookUseCase change;
    private final ListWebhookAttemptsQuery attempts;
    private final RedeliverWebhookUseCase redeliver;

    WebhookController(RegisterWebhookUseCase register, ListWebhooksQuery list, ChangeWebhookUseCase change,
                      ListWebhookAttemptsQuery attempts, RedeliverWebhookUseCase redeliver) {
        this.register = register;
        this.list = list;
        this.change = change;
        this.attempts = attempts;
        this.redeliver = redeliver;
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post
    @Status(HttpStatus.CREATED)
    @Operation(summary = "Register a webhook endpoint; the answer holds its signing secret, shown only this once",
            description = "Administrators: every event of the given types (all types when none are given) is "
                    + "POSTed to the URL from now on, signed (Conveyor-Signature). Loopback, private and "
                    + "link-local targets are refused unless the configuration allows them.")
    @Answers.JsonBody
    HttpResponse<RegisteredWebhookResponse> register(@CurrentActor Actor actor,
                                                     @Body RegisterWebhookRequest request) {
        RegisteredWebhookResponse registered = RegisteredWebhookResponse.of(register.register(actor,
                request.toCommand()));
        return HttpResponse.created(registered, URI.create("/api/admin/webhooks/" + registered.webhook().id()));
    }

    @Secured("ADMIN")
    @Get
    @Operation(summary = "The webhook endpoints", description = "Administrators: every endpoint, oldest first, "
            + "without secrets.")
    List<WebhookResponse> list(@CurrentActor Actor actor) {
        return list.list(actor).stream().map(WebhookResponse::of).toList();
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Patch("/{id}")
    @Operation(summary = "Switch an endpoint on or off, or change its event types",
            description = "Administrators. An endpoint the server disabled after sustained failure gets its "
                    + "pending deliveries once it is switched back on.")
    @Answers.NotFound
    @Answers.JsonBody
    WebhookResponse change(@CurrentActor Actor actor, UUID id, @Body ChangeWebhookRequest request) {
        return WebhookResponse.of(change.change(actor, id, request.toCommand()));
    }

    @Secured("ADMIN")
    @Get("/{id}/attempts")
    @Operation(summary = "An endpoint's delivery attempts, newest first",
            description = "Administrators: status (none when no answer came), latency, the answer's start or "
                    + "the error.")
    @Answers.NotFound
    PageResponse<AttemptResponse> attempts(@CurrentActor Actor actor, UUID id,
                                           @Nullable @QueryValue @Schema(type = "integer") String page,
                                           @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(attempts.list(actor, id, Inputs.page(page, size)), AttemptResponse::of);
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post("/{id}/deliveries/{deliveryId}/redeliver")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Send a delivery again", description = "Administrators: whatever became of it, the "
            + "delivery is sent again, in position order with the endpoint's others, with fresh retries.")
    @Answers.NotFound
    void redeliver(@CurrentActor Actor actor, UUID id, UUID deliveryId) {
        redeliver.redeliver(actor, id, deliveryId);
    }
}
