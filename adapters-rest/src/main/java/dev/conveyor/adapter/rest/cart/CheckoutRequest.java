package dev.conveyor.adapter.rest.cart;

import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.adapter.rest.order.PricingTermsInput;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.cart.port.in.CheckoutCommand;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * The cart supplies the lines; the request the rest of an order.
 *
 * @param shippingMethodId how the order ships (none: nothing is charged for shipping)
 * @param couponCode       a coupon to apply (its uses are taken with the order; a spent one: 409)
 * @param expectedTotal    the gross total in minor units the customer was quoted; another total is refused
 */
@Serdeable
public record CheckoutRequest(@Nullable AddressRequest shippingAddress, @Nullable String notes,
                              @Nullable @Schema(format = "uuid") String shippingMethodId,
                              @Nullable String couponCode,
                              @Nullable @Schema(type = "integer", format = "int64", minimum = "0")
                              BigDecimal expectedTotal) implements JsonRequest {

    CheckoutCommand toCommand() {
        return new CheckoutCommand(AddressRequest.toAddress("shippingAddress", shippingAddress), notes,
                PricingTermsInput.of(shippingMethodId, couponCode, expectedTotal));
    }
}
