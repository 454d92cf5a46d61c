package dev.conveyor.adapter.inmemory.pricing;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.pricing.port.out.TaxRatePort;
import dev.conveyor.domain.pricing.TaxRate;
import dev.conveyor.domain.pricing.TaxRateId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    @Override
    public Optional<TaxRate> findById(TaxRateId id) {
        return store.atomically(() -> Optional.ofNullable(rates.get(id)));
    }

    @Override
    public Page<TaxRate> list(String country, PageRequest page) {
        return store.atomically(() -> {
            List<TaxRate> matching = rates.values().stream()
                    .filter(rate -> country == null || rate.country().equals(country))
                    .sorted(Comparator.comparing(TaxRate::country)
                            .thenComparing(TaxRate::region, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .thenComparing(rate -> rate.category().code())
                            .thenComparing(TaxRate::validFrom)
                            .thenComparing(TaxRate::id))
                    .toList();
            return Page.of(matching.stream().skip(page.offset()).limit(page.size()).toList(), page, matching.size());
        });
    }

    @Override
    public void close(TaxRateId id, LocalDate validUntil) {
        store.atomically(() -> {
            store.put(rates, id, rates.get(id).closed(validUntil));
            return null;
        });
    }
}
