package dev.conveyor.adapter.rest.event;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.common.PageResponse;
import dev.conveyor.adapter.rest.error.Answers;
import dev.conveyor.adapter.rest.web.CurrentActor;
import dev.conveyor.adapter.rest.web.RateLimited;
import dev.conveyor.application.events.port.in.FollowEventsUseCase.FeedMessage;
import dev.conveyor.application.events.port.in.FollowEventsUseCase.FollowRequest;
import dev.conveyor.application.events.port.in.FollowEventsUseCase;
import dev.conveyor.application.events.port.in.GetEventStatsQuery;
import dev.conveyor.application.events.port.in.ListEventsQuery;
import dev.conveyor.application.events.port.in.ReplayEventsUseCase;
import dev.conveyor.application.events.port.out.EventLogReaderPort.Search;
import dev.conveyor.application.events.port.out.LiveEventsPort;
import dev.conveyor.application.limits.port.in.RequestKind;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.order.OrderId;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

@Controller("/api/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Events")
@Answers.Unavailable
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "cookie")
@Answers.Unauthenticated
final class EventController {

    private final ListEventsQuery list;
    private final GetEventStatsQuery stats;
    private final ReplayEventsUseCase replay;
    private final FollowEventsUseCase follow;
    private final LiveStreams streams;
    private final JsonMapper json;
    private final int streamBuffer;
    private final Duration heartbeat;

    EventController(ListEventsQuery list, GetEventStatsQuery stats, ReplayEventsUseCase replay,
                    FollowEventsUseCase follow, LiveStreams streams, JsonMapper json,
                    @Value("${conveyor.realtime.max-unsent:1000}") int streamBuffer,
                    @Value("${conveyor.realtime.heartbeat:25s}") Duration heartbeat) {
        this.list = list;
        this.stats = stats;
        this.replay = replay;
        this.follow = follow;
        this.streams = streams;
        this.json = json;
        this.streamBuffer = streamBuffer;
        this.heartbeat = heartbeat;
    }

    @Get
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "The event log, in position order",
            description = "Filters: after (a position), type, aggregateType, aggregate (id), correlationId, "
                    + "from/to (ISO-8601 instants or dates; to is exclusive).")
    @Answers.Invalid
    @Answers.Forbidden
    PageResponse<EventResponse> list(@CurrentActor Actor actor,
                                     @Nullable @QueryValue @Schema(type = "integer") String after,
                                     @Nullable @QueryValue String type,
                                     @Nullable @QueryValue String aggregateType,
                                     @Nullable @QueryValue @Schema(format = "uuid") String aggregate,
                                     @Nullable @QueryValue String correlationId,
                                     @Nullable @QueryValue @Schema(format = "date-time") String from,
                                     @Nullable @QueryValue @Schema(format = "date-time") String to,
                                     @Nullable @QueryValue @Schema(type = "integer") String page,
                                     @Nullable @QueryValue @Schema(type = "integer") String size) {
        Search search = new Search(EventInputs.optionalPosition("after", after), blankToNull(type),
                blankToNull(aggregateType), Inputs.optionalUuid("aggregate", aggregate), blankToNull(correlationId),
                EventInputs.optionalInstant("from", from), EventInputs.optionalInstant("to", to));
        return PageResponse.of(list.list(actor, search, Inputs.page(page, size)), EventResponse::of);
    }

    @Get("/stats")
    @Secured({"STAFF", "ADMIN"})
    @Operation(summary = "Counts of events by type and per minute in from..to (default: the last hour up to the end of the current minute; at most 7 days)",
            description = "Staff and administrators: events per type and per minute in [from, to); the last hour "
                    + "when no bounds are given.")
    @Answers.Invalid
    @Answers.Forbidden
    EventStatsResponse stats(@CurrentActor Actor actor,
                             @Nullable @QueryValue @Schema(format = "date-time") String from,
                             @Nullable @QueryValue @Schema(format = "date-time") String to) {
        return EventStatsResponse.of(stats.stats(actor, EventInputs.optionalInstant("from", from),
                EventInputs.optionalInstant("to", to)));
    }

    @RateLimited(RequestKind.WRITES)
    @Post("/replay")
    @Secured("ADMIN")
    @Operation(summary = "Hand a range of events again to the live subscribers, marked replayed",
            description = "Administrators: every instance sends the events after the position again to its live "
                    + "subscribers, paced like a backlog.")
    @Answers.Invalid
    @Answers.Forbidden
    @Answers.JsonBody
    ReplayResponse replay(@CurrentActor Actor actor, @Body ReplayRequest request) {
        return new ReplayResponse(replay.replay(actor, request.toRange()));
    }

    @Get(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Live events as server-sent events, resumable with Last-Event-ID",
            description = "id: the position, event: the type, data: the same JSON as a WebSocket event message. "
                    + "Without after or Last-Event-ID only live events follow. The stream ends when the access "
                    + "token expires and at once when the session ends (logout, role change, deleted account), "
                    + "after an error event with the code token-expired or session-ended, and when the server stops, after "
                    + "one with the code server-restart.")
    @Answers.Invalid
    @Answers.NotFound
    Publisher<Event<String>> stream(@CurrentActor Actor actor, Authentication authentication,
                                    @Nullable @QueryValue @Schema(format = "uuid") String orderId,
                                    @Nullable @QueryValue @Schema(type = "integer") String after,
                                    @Nullable @Header("Last-Event-ID") String lastEventId) {
        Long resumeAfter = lastEventId != null && !lastEventId.isBlank()
                ? EventInputs.optionalPosition("Last-Event-ID", lastEventId)
                : EventInputs.optionalPosition("after", after);
        OrderId order = orderId == null || orderId.isBlank() ? null : new OrderId(Inputs.uuid("orderId", orderId));
        // the backlog is read here, before the stream starts, so it is bounded: a client further behind
        // is told to resync. Subscribing here also makes a refusal a problem response, not a broken stream.
        FollowRequest request = new FollowRequest(order, resumeAfter, streamBuffer);
        AtomicReference<FluxSink<Event<String>>> sink = new AtomicReference<>();
        List<Event<String>> early = new ArrayList<>();
        Object lock = new Object();
        LiveEventsPort.Subscription subscription = follow.follow(actor, request, message -> {
            Event<String> event = toEvent(message);
            synchronized (lock) {
                if (sink.get() == null) {
                    early.add(event);
                } else {
                    sink.get().next(event);
                }
            }
            if (message.kind() == FeedMessage.Kind.DROPPED && sink.get() != null) {
                sink.get().complete();
            }
        });
        Flux<Event<String>> events = Flux.<Event<String>>create(emitter -> {
            synchronized (lock) {
                early.forEach(emitter::next);
                early.clear();
                sink.set(emitter);
            }
            emitter.onDispose(subscription::close);
        }).onBackpressureBuffer(streamBuffer, dropped -> subscription.close(), BufferOverflowStrategy.ERROR);
        LiveStreams.Ending ending = streams.open(authentication);
        Mono<Event<String>> end = ending.reason()
                .map(code -> Event.of(write(Map.of("type", "error", "code", code,
                        "detail", LiveStreams.SERVER_RESTART.equals(code)
                                ? "the server is restarting: reconnect and resume with Last-Event-ID"
                                : "sign in again (or refresh the session) and resume with Last-Event-ID")))
                        .name("error"))
                .cache();
        Flux<Event<String>> heartbeats = Flux.interval(heartbeat)
                .doOnNext(tick -> ending.recheck())
                .map(tick -> Event.of("{\"type\":\"heartbeat\"}").name("heartbeat"));
        return Flux.merge(events, heartbeats).takeUntilOther(end).concatWith(end)
                .doFinally(signal -> {
                    subscription.close();
                    ending.close();
                });
    }

    private Event<String> toEvent(FeedMessage message) {
        switch (message.kind()) {
            case EVENT, REPLAYED_EVENT -> {
                Map<String, Object> body = message.event().toMessage();
                if (message.kind() == FeedMessage.Kind.REPLAYED_EVENT) {
                    body.put("replayed", true);
                }
                Event<String> event = Event.of(write(body)).name(message.event().type());
                // a replayed event must not move the client's Last-Event-ID
                return message.kind() == FeedMessage.Kind.EVENT ? event.id(Long.toString(message.position())) : event;
            }
            case SUBSCRIBED -> {
                return Event.of(write(Map.of("type", "subscribed", "position", message.position()))).name("subscribed");
            }
            case RESYNC_REQUIRED -> {
                return Event.of(write(Map.of("type", "resync-required", "oldestPosition", message.position())))
                        .name("resync-required");
            }
            default -> {
                return Event.of(write(Map.of("type", "error", "code", "dropped", "detail", message.reason())))
                        .name("error");
            }
        }
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Serdeable
    record ReplayResponse(int replayed) {
    }
}
