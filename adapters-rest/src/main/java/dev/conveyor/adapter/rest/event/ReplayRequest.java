package dev.conveyor.adapter.rest.event;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.events.port.in.ReplayEventsUseCase.ReplayRange;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** Positions {@code from..to}, both inclusive. */
@Serdeable
public record ReplayRequest(@Nullable BigDecimal from, @Nullable BigDecimal to) implements JsonRequest {

    ReplayRange toRange() {
        return new ReplayRange(Inputs.wholeLong("from", Check.notNull("from", from)),
                Inputs.wholeLong("to", Check.notNull("to", to)));
    }
}
