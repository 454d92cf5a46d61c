package dev.conveyor.adapter.rest.order;

import dev.conveyor.adapter.rest.common.AddressRequest;
import dev.conveyor.adapter.rest.common.Inputs;
import dev.conveyor.adapter.rest.web.JsonRequest;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase;
import dev.conveyor.application.ordering.port.in.EditOrderUseCase.EditOrderCommand;
import dev.conveyor.domain.catalog.ProductId;
import dev.conveyor.domain.order.OrderEdit.ChangeType;
import dev.conveyor.domain.pricing.ShippingMethodId;
import dev.conveyor.domain.shared.Check;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One edit: its changes, applied together or not at all. */
@Serdeable
public record EditOrderRequest(@Nullable List<ChangeRequest> changes) implements JsonRequest {

    /** @param expectedVersion from the If-Match header, which an edit requires */
    EditOrderCommand toCommand(long expectedVersion) {
        Check.notNull("changes", changes);
        List<EditOrderUseCase.Change> commandChanges = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            String field = "changes[" + i + "]";
            ChangeRequest change = Check.notNull(field, changes.get(i));
            commandChanges.add(change.toChange(field));
        }
        return new EditOrderCommand(commandChanges, expectedVersion);
    }

    /**
     * @param type            what changes; the members it needs: SET_QUANTITY {@code lineNo}, {@code quantity};
     *                        ADD_LINE {@code productId}, {@code quantity}; REMOVE_LINE {@code lineNo};
     *                        SHIPPING_ADDRESS {@code shippingAddress}; SHIPPING_METHOD {@code shippingMethodId}
     *                        (null: no method)
     * @param quantity        SET_QUANTITY: the units the line orders after the edit, shipped and cancelled ones
     *                        included
     */
    @Serdeable
    public record ChangeRequest(@Nullable @Schema(implementation = ChangeType.class) String type,
                                @Nullable @Schema(type = "integer") BigDecimal lineNo,
                                @Nullable @Schema(type = "integer") BigDecimal quantity,
                                @Nullable @Schema(format = "uuid") String productId,
                                @Nullable AddressRequest shippingAddress,
                                @Nullable @Schema(format = "uuid") String shippingMethodId) {

        /** Members are read under their paths ({@code changes[0].quantity}), and so are the core's refusals. */
        EditOrderUseCase.Change toChange(String field) {
            return switch (Inputs.enumValue(field + ".type", type, ChangeType.class)) {
                case SET_QUANTITY -> {
                    int line = Inputs.wholeInt(field + ".lineNo", lineNo);
                    int units = Inputs.wholeInt(field + ".quantity", quantity);
                    yield Inputs.nested(field, () -> EditOrderUseCase.Change.setQuantity(line, units));
                }
                case ADD_LINE -> {
                    ProductId product = new ProductId(Inputs.uuid(field + ".productId", productId));
                    int units = Inputs.wholeInt(field + ".quantity", quantity);
                    yield Inputs.nested(field, () -> EditOrderUseCase.Change.addLine(product, units));
                }
                case REMOVE_LINE -> {
                    int line = Inputs.wholeInt(field + ".lineNo", lineNo);
                    yield Inputs.nested(field, () -> EditOrderUseCase.Change.removeLine(line));
                }
                case SHIPPING_ADDRESS -> EditOrderUseCase.Change.shippingAddress(
                        AddressRequest.toAddress(field + ".shippingAddress", shippingAddress));
                case SHIPPING_METHOD -> {
                    UUID method = Inputs.optionalUuid(field + ".shippingMethodId", shippingMethodId);
                    yield EditOrderUseCase.Change.shippingMethod(method == null ? null : new ShippingMethodId(method));
                }
            };
        }
    }
}
