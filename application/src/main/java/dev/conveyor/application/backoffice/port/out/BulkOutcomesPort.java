package dev.conveyor.application.backoffice.port.out;

import dev.conveyor.application.backoffice.port.in.BulkOrderActionUseCase.OrderOutcome;
import java.util.List;
import java.util.UUID;

/** The outcomes of bulk runs made with an Idempotency-Key, kept so that a retry answers them again. */
public interface BulkOutcomesPort {

    /** All of one run's outcomes, written together once the run is over. */
    void save(UUID runId, List<OrderOutcome> outcomes);

    /** @return the run's outcomes in the order they were requested; empty while it is still going */
    List<OrderOutcome> find(UUID runId);
}
