package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.ordering.port.in.PlaceOrderCommand;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

@Serdeable
public record PlaceOrderRequest(@Nullable List<OrderLineRequest> lines, @Nullable AddressRequest shippingAddress,
                                @Nullable String notes) implements JsonRequest {

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
                notes);
    }
}
