package dev.conveyor.application.pricing.service;

import dev.conveyor.application.pricing.port.in.CloseTaxRateUseCase;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PricingEvents.Change;
import dev.conveyor.domain.pricing.PricingEvents.TaxRateChanged;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import dev.conveyor.domain.shared.Check;
import dev.conveyor.domain.shared.ConflictException;
import dev.conveyor.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneOffset;

final class CloseTaxRateService implements CloseTaxRateUseCase {

    private final PricingAdmin admin;
    private final TaxRatePort rates;

    CloseTaxRateService(PricingAdmin admin, TaxRatePort rates) {
        this.admin = admin;
        this.rates = rates;
    }

    @Override
    public TaxRate close(Actor actor, TaxRateId id, LocalDate validUntil) {
        Check.notNull("validUntil", validUntil);
        LocalDate today = LocalDate.ofInstant(admin.now(), ZoneOffset.UTC);
        return admin.change(actor, () -> {
            TaxRate rate = rates.findById(id).orElseThrow(() -> PricingAdmin.notFound("tax rate", id));
            if (rate.validUntil() != null && !rate.validUntil().isAfter(today)) {
                throw new ConflictException("TAX_RATE_CLOSED", "tax rate " + id + " ended on " + rate.validUntil()
                        + "; what was charged under it stays as it was");
            }
            if (validUntil.isBefore(today)) {
                throw new InvalidInputException("validUntil", "validUntil must be today (" + today
                        + ") or later; a rate cannot end in the past");
            }
            TaxRate closed = rate.closed(validUntil);
            rates.close(id, validUntil);
            return closed;
        }, closed -> new TaxRateChanged(Change.CLOSED, closed, admin.now()));
    }
}
