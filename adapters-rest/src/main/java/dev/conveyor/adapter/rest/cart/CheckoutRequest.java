package dev.conveyor.adapter.rest.cart;

import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.cart.port.in.CheckoutCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The cart supplies the lines; the request the rest of an order. */
@Serdeable
public record CheckoutRequest(@Nullable AddressRequest shippingAddress, @Nullable String notes)
        implements JsonRequest {

    CheckoutCommand toCommand() {
        return new CheckoutCommand(AddressRequest.toAddress("shippingAddress", shippingAddress), notes);
    }
}
