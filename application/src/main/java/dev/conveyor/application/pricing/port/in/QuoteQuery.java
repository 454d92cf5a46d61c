package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.PriceBreakdown;

/** What these lines would cost now, delivered to that address: nothing is reserved or written. */
public interface QuoteQuery {

    PriceBreakdown quote(Actor actor, QuoteCommand command);
}
