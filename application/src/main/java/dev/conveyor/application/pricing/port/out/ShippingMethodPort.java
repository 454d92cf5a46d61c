package dev.conveyor.application.pricing.port.out;

import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import java.util.List;
import java.util.Optional;

/** The configured shipping methods, active or not (orders name inactive ones). */
public interface ShippingMethodPort {

    void insert(ShippingMethod method);

    /** Replaces the stored method of the same id. */
    void update(ShippingMethod method);

    Optional<ShippingMethod> findById(ShippingMethodId id);

    /** By name, then id. */
    Page<ShippingMethod> list(PageRequest page);

    /** The active methods serving the country, by name, then id. */
    List<ShippingMethod> activeFor(String country);
}
