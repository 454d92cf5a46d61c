package dev.conveyor.adapter.inmemory.pricing;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryTaxRateAdapter implements TaxRatePort {

    private final MemoryStore store;
    private final Map<TaxRateId, TaxRate> rates = new HashMap<>();

    public InMemoryTaxRateAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(TaxRate rate) {
        store.atomically(() -> {
            if (rates.containsKey(rate.id())) {
                throw new IllegalStateException("tax rate " + rate.id() + " is stored already");
            }
            store.put(rates, rate.id(), rate);
            return null;
        });
    }

    @Override
    public List<TaxRate> forCountry(String country) {
        return store.atomically(() -> rates.values().stream()
                .filter(rate -> rate.country().equals(country))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList());
    }
}
