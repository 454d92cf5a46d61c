package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * @param shippingMethodId how the order ships (none: nothing is charged for shipping)
 * @param couponCode       a coupon to apply (its uses are taken with the order; a spent one: 409)
 * @param expectedTotal    the gross total in minor units the customer was quoted; another total is refused
 */
@Serdeable
public record PlaceOrderRequest(@Nullable List<OrderLineRequest> lines, @Nullable AddressRequest shippingAddress,
                                @Nullable String notes,
                                @Nullable @Schema(format = "uuid") String shippingMethodId,
                                @Nullable String couponCode,
                                @Nullable @Schema(type = "integer", format = "int64", minimum = "0")
                                BigDecimal expectedTotal) implements JsonRequest {

    PlaceOrderCommand toCommand() {
        Check.notNull("lines", lines);
        List<PlaceOrderCommand.Line> commandLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            OrderLineRequest line = Check.notNull(field, lines.get(i));
            commandLines.add(new PlaceOrderCommand.Line(
                    new ProductId(Inputs.uuid(field + ".productId", line.productId())),
                    Inputs.wholeInt(field + ".quantity", line.quantity())));
        }
        return new PlaceOrderCommand(commandLines, AddressRequest.toAddress("shippingAddress", shippingAddress),
                notes, PricingTermsInput.of(shippingMethodId, couponCode, expectedTotal));
    }
}
