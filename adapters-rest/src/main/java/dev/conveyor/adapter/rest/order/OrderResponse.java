package dev.conveyor.adapter.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.AddressResponse;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.adapter.rest.pricing.PriceBreakdownResponse;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.LineStage;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An order as the caller may see it; for a seller {@code partial} is true and
 * only their lines, their price and total are shown (no shipping).
 *
 * @param total              the gross total: what the customer is charged
 * @param price              taxes, shipping and discounts as copied at placement
 * @param progress           delivered units as a percentage of the units still expected
 * @param allowedTransitions the statuses the caller may set by hand now
 * @param balanceDue         what the customer still owes: zero once paid (absent for a seller)
 * @param refundable         what was paid beyond what is due now, after an edit or a cancellation lowered it:
 *                           offered as a refund (POST /api/orders/{id}/refunds), never made silently (absent for a
 *                           seller)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrderResponse(UUID id, String number, UUID customerId, OrderStatus status,
                            FulfillmentStatus fulfillmentStatus, PaymentStatus paymentStatus, int progress,
                            List<OrderLineResponse> lines, MoneyResponse total, PriceBreakdownResponse price,
                            boolean partial,
                            AddressResponse shippingAddress, @Nullable String notes, Instant placedAt,
                            Instant cancellableUntil, @Nullable Instant confirmedAt, @Nullable Instant cancelledAt,
                            @Nullable String cancellationReason, Instant updatedAt, long version,
                            List<OrderStatus> allowedTransitions,
                            @JsonInclude(JsonInclude.Include.NON_NULL)
                            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                    description = "what the customer still owes, zero once paid; absent for a seller")
                            MoneyResponse balanceDue,
                            @JsonInclude(JsonInclude.Include.NON_NULL)
                            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                                    description = "paid beyond what is due now (an edit or a cancellation lowered "
                                            + "it): offered as a refund through POST /api/orders/{id}/refunds, never "
                                            + "made silently; absent for a seller")
                            MoneyResponse refundable) {

    /**
     * @param reserved units this order still holds in stock: neither shipped nor cancelled
     * @param stage    where the line stands, from the order's status and its own units (what a seller follows)
     */
    @Serdeable
    public record OrderLineResponse(int lineNo, UUID productId, String sku, String name, MoneyResponse unitPrice,
                                    int quantity, UUID sellerId, int shipped, int delivered, int cancelled,
                                    int reserved, LineStage stage) {
    }
}
