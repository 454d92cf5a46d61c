package dev.conveyor.adapter.rest.mail;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.mail.port.in.ChangeMailPreferencesUseCase;
import dev.conveyor.application.mail.port.in.GetMailPreferencesQuery;
import dev.conveyor.application.shared.Actor;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/users/me/notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "My account")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class MailPreferencesController {

    private final GetMailPreferencesQuery preferences;
    private final ChangeMailPreferencesUseCase change;

    MailPreferencesController(GetMailPreferencesQuery preferences, ChangeMailPreferencesUseCase change) {
        this.preferences = preferences;
        this.change = change;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Which mails the caller gets",
            description = "Every category: ACCOUNT and ORDERS are transactional (always sent); the alerts for the "
                    + "shop's people (stock, failed payments, webhooks) can be turned off.")
    MailPreferencesResponse get(@CurrentActor Actor actor) {
        return MailPreferencesResponse.of(preferences.get(actor));
    }

    @RateLimited(RequestKind.WRITES)
    @Put
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Choose the mails not to get",
            description = "optOut lists every category the caller does not want ([] for none); a transactional "
                    + "category is a 400 naming it.")
    @Answers.Invalid
    @Answers.JsonBody
    MailPreferencesResponse change(@CurrentActor Actor actor, @Body MailPreferencesRequest request) {
        return MailPreferencesResponse.of(change.change(actor, request.toCommand()));
    }
}
