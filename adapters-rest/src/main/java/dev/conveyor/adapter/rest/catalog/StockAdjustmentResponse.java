package dev.conveyor.adapter.rest.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.domain.catalog.StockAdjustment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StockAdjustmentResponse(UUID id, UUID productId, StockAdjustment.Kind kind, int quantity,
                                      int onHandBefore, int onHandAfter, @Nullable String reason, UUID actorId, Instant at) {
}
