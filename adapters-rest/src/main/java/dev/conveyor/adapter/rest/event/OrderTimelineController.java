package dev.conveyor.adapter.rest.event;

import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.application.events.port.in.GetOrderTimelineQuery;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

@Controller("/api/orders")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Events")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class OrderTimelineController {

    private final GetOrderTimelineQuery timeline;

    OrderTimelineController(GetOrderTimelineQuery timeline) {
        this.timeline = timeline;
    }

    @Get("/{id}/timeline")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The order's events in position order, as live event messages with their actor",
            description = "For the order's customer, its sellers (their lines only), staff and administrators. "
                    + "The events of one change share their correlationId.")
    @Answers.Invalid
    @Answers.NotFound
    List<TimelineEvent> timeline(@CurrentActor Actor actor, UUID id) {
        return timeline.timeline(actor, new OrderId(id)).stream().map(TimelineEvent::of).toList();
    }
}
