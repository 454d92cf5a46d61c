package dev.conveyor.adapter.rest.mail;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.mail.port.in.ListMailsQuery;
import dev.conveyor.application.mail.port.in.ResendMailUseCase;
import dev.conveyor.application.mail.port.out.MailOutboxPort.Status;
import dev.conveyor.application.shared.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

@Controller("/api/admin/mails")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Event consumers")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
// a path parameter that is no id (or holds a NUL) is refused with 400 on every route
@Answers.Invalid
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.Unavailable
final class MailOutboxController {

    private final ListMailsQuery list;
    private final ResendMailUseCase resend;

    MailOutboxController(ListMailsQuery list, ResendMailUseCase resend) {
        this.list = list;
        this.resend = resend;
    }

    @Secured("ADMIN")
    @Get
    @Operation(summary = "The mails of the outbox in one status, newest first",
            description = "Administrators: `status` FAILED by default (the mails the sender gave up on after "
                    + "`conveyor.mail.max-attempts`), or PENDING, SENDING, SENT, UNCERTAIN; each with its "
                    + "recipient, template, attempts and last error.")
    PageResponse<MailResponse> list(@CurrentActor Actor actor,
                                    @Nullable @QueryValue @Schema(type = "string", allowableValues = {"PENDING",
                                            "SENDING", "SENT", "FAILED", "UNCERTAIN"}) String status,
                                    @Nullable @QueryValue @Schema(type = "integer") String page,
                                    @Nullable @QueryValue @Schema(type = "integer") String size) {
        Status wanted = status == null ? Status.FAILED : Inputs.enumValue("status", status, Status.class);
        return PageResponse.of(list.list(actor, wanted, Inputs.page(page, size)), MailResponse::of);
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post("/{id}/resend")
    @Operation(summary = "Send a mail the sender gave up on again",
            description = "Administrators: a FAILED or UNCERTAIN mail is due again at once with a fresh count of "
                    + "attempts (an UNCERTAIN one may then arrive twice: the server may have taken it). 409 "
                    + "MAIL_NOT_FAILED for any other status, so a sent mail is never sent again by this.")
    @Answers.NotFound
    @Answers.Conflict
    MailResponse resend(@CurrentActor Actor actor, UUID id) {
        return MailResponse.of(resend.resend(actor, id));
    }
}
