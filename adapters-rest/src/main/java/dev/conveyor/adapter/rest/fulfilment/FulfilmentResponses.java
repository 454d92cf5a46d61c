package dev.conveyor.adapter.rest.fulfilment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.conveyor.adapter.rest.common.MoneyResponse;
import dev.conveyor.domain.order.FulfillmentStatus;
import dev.conveyor.domain.order.OrderStatus;
import dev.conveyor.domain.order.PaymentStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/** The small answers of the fulfilment routes. */
public final class FulfilmentResponses {

    private FulfilmentResponses() {
    }

    /** Per line: units ordered ({@code total}), cancelled, in unshipped deliveries, shipped, delivered, remaining. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RemainingResponse(UUID orderId, String orderNumber, List<LineRemainingResponse> lines) {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LineRemainingResponse(int lineNo, UUID productId, String sku, String name, int total,
                                        int cancelled, int allocated, int shipped, int delivered, int remaining) {
    }

    /** @param progress delivered units as a whole percentage of the units still expected */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ProgressResponse(UUID orderId, String orderNumber, OrderStatus status,
                                   FulfillmentStatus fulfillmentStatus, int progress, PaymentStatus paymentStatus) {
    }

    /**
     * What an order's refund gave back.
     *
     * @param refunds the refund entries, one per payment the money came from, most recent payment first
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record OrderRefundResponse(
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED,
                    description = "the credit note issued; absent when all of an amount was paid beyond what the "
                            + "order is due (an edit or a cancellation lowered it): giving that back credits no goods")
            CreditNoteResponse creditNote,
            List<PaymentResponse> refunds) {
    }

    /**
     * How a customer may pay: manual methods always (recorded by the shop), cards only when Stripe is
     * enabled and its publishable key is set.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PaymentOptionsResponse(
            @Schema(description = "true: the UI may offer to pay by card through Stripe.js") boolean card,
            @Nullable
            @Schema(description = "Stripe's publishable key for Stripe.js; null when cards are "
                    + "not offered")
            String stripePublishableKey) {
    }

    /** What the browser needs to complete a card payment with Stripe.js. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CardPaymentResponse(UUID orderId, String gateway, String reference, String clientSecret,
                                      MoneyResponse amount) {
    }

    @Serdeable

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ListResponse<T>(List<T> items) {
    }
}
