package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import java.time.LocalDate;

public interface CloseTaxRateUseCase {

    /**
     * Administrators: the rate applies until {@code validUntil} (exclusive). The only change a rate takes:
     * what was charged under it stays explained by it, so the end can be neither before today nor moved once
     * it has passed.
     *
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code validUntil} when it is before
     *         today or not after the rate's start
     * @throws dev.conveyor.domain.shared.ConflictException {@code TAX_RATE_CLOSED} when the rate has ended
     */
    TaxRate close(Actor actor, TaxRateId id, LocalDate validUntil);
}
