package dev.conveyor.adapter.rest.consumer;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.events.port.in.ListConsumersQuery;
import dev.conveyor.application.events.port.in.ListDeadLettersQuery;
import dev.conveyor.application.events.port.in.PauseConsumerUseCase;
import dev.conveyor.application.events.port.in.ReplayConsumerUseCase;
import dev.conveyor.application.events.port.in.SkipConsumerEventUseCase;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
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
import java.util.List;

@Controller("/api/admin/consumers")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Event consumers")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
// a path parameter that is no id (or holds a NUL) is refused with 400 on every route
@Answers.Invalid
@Answers.Unauthenticated
@Answers.Forbidden
@Answers.Unavailable
final class ConsumerController {

    private final ListConsumersQuery list;
    private final ListDeadLettersQuery deadLetters;
    private final PauseConsumerUseCase pause;
    private final SkipConsumerEventUseCase skip;
    private final ReplayConsumerUseCase replay;

    ConsumerController(ListConsumersQuery list, ListDeadLettersQuery deadLetters, PauseConsumerUseCase pause,
                       SkipConsumerEventUseCase skip, ReplayConsumerUseCase replay) {
        this.list = list;
        this.deadLetters = deadLetters;
        this.pause = pause;
        this.skip = skip;
        this.replay = replay;
    }

    @Secured("ADMIN")
    @Get
    @Operation(summary = "The durable consumers of the event log and their lag",
            description = "Administrators: each consumer's position, the log's end, the lag in events and in "
                    + "seconds, and the failure its next event waits on.")
    List<ConsumerResponse> list(@CurrentActor Actor actor) {
        return list.list(actor).stream().map(ConsumerResponse::of).toList();
    }

    @Secured("ADMIN")
    @Get("/{name}/dead-letters")
    @Operation(summary = "The events a consumer gave up on, newest first",
            description = "Administrators: each with its position, the number of attempts and the last error.")
    @Answers.NotFound
    PageResponse<DeadLetterResponse> deadLetters(@CurrentActor Actor actor, String name,
                                                 @Nullable @QueryValue @Schema(type = "integer") String page,
                                                 @Nullable @QueryValue @Schema(type = "integer") String size) {
        return PageResponse.of(deadLetters.list(actor, name, Inputs.page(page, size)), DeadLetterResponse::of);
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post("/{name}/pause")
    @Operation(summary = "Pause a consumer",
            description = "Administrators: the consumer handles nothing until it is resumed; its position stays. "
                    + "A batch already running finishes first.")
    @Answers.NotFound
    ConsumerResponse pause(@CurrentActor Actor actor, String name) {
        return ConsumerResponse.of(pause.setPaused(actor, name, true));
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post("/{name}/resume")
    @Operation(summary = "Resume a paused consumer", description = "Administrators: it goes on from its position.")
    @Answers.NotFound
    ConsumerResponse resume(@CurrentActor Actor actor, String name) {
        return ConsumerResponse.of(pause.setPaused(actor, name, false));
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post("/{name}/skip")
    @Operation(summary = "Skip the consumer's next event",
            description = "Administrators: the consumer moves past the next event without handling it, e.g. one "
                    + "that keeps failing; its failures are forgotten. 409 NOTHING_TO_SKIP when it is caught up.")
    @Answers.NotFound
    @Answers.Conflict
    ConsumerResponse skip(@CurrentActor Actor actor, String name) {
        return ConsumerResponse.of(skip.skip(actor, name));
    }

    @RateLimited(RequestKind.WRITES)
    @Secured("ADMIN")
    @Post("/{name}/replay")
    @Operation(summary = "Move a consumer to a position: it handles the events from there (again)",
            description = "Administrators: {\"from\":P} with 1 <= P <= the log's end + 1; events before the "
                    + "oldest retained one are gone and cannot be handled again.")
    @Answers.NotFound
    @Answers.JsonBody
    ConsumerResponse replay(@CurrentActor Actor actor, String name, @Body ConsumerReplayRequest request) {
        return ConsumerResponse.of(replay.replay(actor, name, request.toReplayFrom()));
    }
}
