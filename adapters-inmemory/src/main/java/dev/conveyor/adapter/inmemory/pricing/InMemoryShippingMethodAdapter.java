package dev.conveyor.adapter.inmemory.pricing;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.pricing.port.out.ShippingMethodPort;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryShippingMethodAdapter implements ShippingMethodPort {

    private static final Comparator<ShippingMethod> BY_NAME =
            Comparator.comparing(ShippingMethod::name).thenComparing(ShippingMethod::id);

    private final MemoryStore store;
    private final Map<ShippingMethodId, ShippingMethod> methods = new HashMap<>();

    public InMemoryShippingMethodAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(ShippingMethod method) {
        store.atomically(() -> {
            if (methods.containsKey(method.id())) {
                throw new IllegalStateException("shipping method " + method.id() + " is stored already");
            }
            store.put(methods, method.id(), method);
            return null;
        });
    }

    @Override
    public Optional<ShippingMethod> findById(ShippingMethodId id) {
        return store.atomically(() -> Optional.ofNullable(methods.get(id)));
    }

    @Override
    public void update(ShippingMethod method) {
        store.atomically(() -> {
            store.put(methods, method.id(), method);
            return null;
        });
    }

    @Override
    public Page<ShippingMethod> list(PageRequest page) {
        return store.atomically(() -> Page.of(methods.values().stream().sorted(BY_NAME)
                .skip(page.offset()).limit(page.size()).toList(), page, methods.size()));
    }

    @Override
    public List<ShippingMethod> activeFor(String country) {
        return store.atomically(() -> methods.values().stream()
                .filter(method -> method.active() && method.countries().contains(country))
                .sorted(BY_NAME)
                .toList());
    }
}
