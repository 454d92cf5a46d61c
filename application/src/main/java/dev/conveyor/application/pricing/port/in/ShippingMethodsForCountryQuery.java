package dev.conveyor.application.pricing.port.in;

import dev.conveyor.application.shared.Actor;
import dev.conveyor.domain.pricing.ShippingMethod;
import java.util.List;

public interface ShippingMethodsForCountryQuery {

    /**
     * Any signed-in user, to choose at checkout: the active methods serving the country, by name.
     *
     * @throws dev.conveyor.domain.shared.InvalidInputException naming {@code country} unless it is a two-letter code
     */
    List<ShippingMethod> forCountry(Actor actor, String country);
}
