package dev.conveyor.adapter.inmemory.pricing;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.pricing.port.out.PricingRulesPort;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Both reads in one atomic step of the store, as the database answers them in one statement. */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryPricingRulesAdapter implements PricingRulesPort {

    private final MemoryStore store;
    private final InMemoryPromotionAdapter promotions;
    private final InMemoryTaxRateAdapter rates;

    public InMemoryPricingRulesAdapter(MemoryStore store, InMemoryPromotionAdapter promotions,
                                       InMemoryTaxRateAdapter rates) {
        this.store = store;
        this.promotions = promotions;
        this.rates = rates;
    }

    @Override
    public PricingRules rulesAt(Instant at, String country) {
        return store.atomically(() -> new PricingRules(promotions.automaticValidAt(at), rates.forCountry(country)));
    }
}
