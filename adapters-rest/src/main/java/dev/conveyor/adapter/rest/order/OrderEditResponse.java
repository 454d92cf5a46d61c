package dev.conveyor.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.domain.order.OrderEdit;
import dev.conveyor.domain.shared.Address;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One edit of an order, as kept in its history. A seller sees only the changes of their lines and no totals
 * ({@code partial} true; the four totals are then absent).
 *
 * @param totalBefore the order's gross total before the edit
 * @param dueBefore   what the order was worth before the edit (its units still expected), as the ledger counts it
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderEditResponse(UUID id, UUID orderId, UUID editedBy, Instant editedAt, List<Change> changes,
                                boolean partial,
                                @JsonInclude(JsonInclude.Include.NON_NULL)
                                @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                        description = "gross total before the edit; absent for a seller")
                                MoneyResponse totalBefore,
                                @JsonInclude(JsonInclude.Include.NON_NULL)
                                @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                        description = "gross total after the edit; absent for a seller")
                                MoneyResponse totalAfter,
                                @JsonInclude(JsonInclude.Include.NON_NULL)
                                @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                        description = "amount due before the edit; absent for a seller")
                                MoneyResponse dueBefore,
                                @JsonInclude(JsonInclude.Include.NON_NULL)
                                @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                        description = "amount due after the edit; absent for a seller")
                                MoneyResponse dueAfter) {

    static OrderEditResponse of(OrderEdit edit, boolean partial) {
        return new OrderEditResponse(edit.id(), edit.orderId().value(), edit.editedBy().value(), edit.editedAt(),
                edit.changes().stream().map(Change::of).toList(), partial,
                partial ? null : money(edit.totalBefore()), partial ? null : money(edit.totalAfter()),
                partial ? null : money(edit.dueBefore()), partial ? null : money(edit.dueAfter()));
    }

    private static MoneyResponse money(dev.conveyor.domain.shared.Money money) {
        return new MoneyResponse(money.amountMinor(), money.currency());
    }

    /**
     * @param lineNo         the line changed; null for the address and the method
     * @param quantityBefore units the line ordered before (0 for a line added)
     * @param quantityAfter  units it orders after (0 for a line removed)
     * @param shippingMethod the new method's name (SHIPPING_METHOD; null: none)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Change(@Schema(implementation = OrderEdit.ChangeType.class) String type, @Nullable Integer lineNo,
                         @Nullable UUID productId, @Nullable String sku, @Nullable UUID sellerId,
                         @Nullable Integer quantityBefore, @Nullable Integer quantityAfter,
                         @JsonInclude(JsonInclude.Include.NON_NULL)
                         @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                 description = "the new shipping address (SHIPPING_ADDRESS only)")
                         AddressResponse shippingAddress,
                         @Nullable String shippingMethod) {

        static Change of(OrderEdit.Change change) {
            Address a = change.address();
            return new Change(change.type().name(), change.lineNo(), change.productId(), change.sku(),
                    change.sellerId(), change.quantityBefore(), change.quantityAfter(),
                    a == null ? null : new AddressResponse(a.name(), a.line1(), a.line2(), a.city(), a.region(),
                            a.postalCode(), a.country()),
                    change.shippingMethod());
        }
    }
}
