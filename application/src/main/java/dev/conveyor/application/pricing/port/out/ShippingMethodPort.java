package dev.conveyor.application.pricing.port.out;

import dev.conveyor.domain.pricing.ShippingMethod;
import dev.conveyor.domain.pricing.ShippingMethodId;
import java.util.Optional;

/** The configured shipping methods. */
public interface ShippingMethodPort {

    void insert(ShippingMethod method);

    Optional<ShippingMethod> findById(ShippingMethodId id);
}
