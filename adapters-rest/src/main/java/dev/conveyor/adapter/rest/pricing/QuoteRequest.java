package dev.conveyor.adapter.rest.pricing;

import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.order.OrderLineRequest;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.pricing.port.in.QuoteCommand;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Address;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Explicit lines, or none to quote the caller's cart; optionally a shipping method and a coupon code. */
@Serdeable
public record QuoteRequest(@Nullable List<OrderLineRequest> lines, @Nullable AddressRequest shippingAddress,
                           @Nullable @Schema(format = "uuid") String shippingMethodId,
                           @Nullable @Schema(example = "SPRING10") String couponCode) implements JsonRequest {

    QuoteCommand toCommand() {
        List<QuoteCommand.Line> commandLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            OrderLineRequest line = Check.notNull(field, lines.get(i));
            commandLines.add(new QuoteCommand.Line(new ProductId(Inputs.uuid(field + ".productId", line.productId())),
                    Inputs.wholeInt(field + ".quantity", line.quantity())));
        }
        return new QuoteCommand(commandLines, address(), shippingMethod(), couponCode);
    }

    boolean quotesTheCart() {
        return lines == null;
    }

    Address address() {
        return AddressRequest.toAddress("shippingAddress", shippingAddress);
    }

    ShippingMethodId shippingMethod() {
        UUID method = Inputs.optionalUuid("shippingMethodId", shippingMethodId);
        return method == null ? null : new ShippingMethodId(method);
    }
}
