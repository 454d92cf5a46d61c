package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.web.JsonRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record CancelOrderRequest(@Nullable String reason) implements JsonRequest {
}
