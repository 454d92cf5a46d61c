package dev.conveyor.adapter.rest.consumer;

import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.events.port.in.ReplayConsumerUseCase.ReplayFrom;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/** The first position the consumer handles (again). */
@Serdeable
public record ConsumerReplayRequest(@Nullable BigDecimal from) implements JsonRequest {

    ReplayFrom toReplayFrom() {
        return new ReplayFrom(Inputs.wholeLong("from", Check.notNull("from", from)));
    }
}
